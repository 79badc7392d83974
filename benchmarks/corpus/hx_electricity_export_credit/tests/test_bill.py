from datetime import date

import pytest

from energybill.bill import Reading, make_bill, pounds
from energybill.tariff import tariff_named


def test_quarter_without_panels():
    bill = make_bill(Reading(date(2024, 1, 1), 10_250), Reading(date(2024, 4, 1), 11_050), tariff_named("standard"))
    assert bill.days == 91
    assert bill.energy == 19_600
    assert bill.standing == 5_469
    assert bill.vat == 1_253
    assert bill.total == 26_322


def test_export_is_paid_for():
    bill = make_bill(Reading(date(2024, 4, 1), 5_000, 1_200), Reading(date(2024, 7, 1), 5_400, 1_900),
                     tariff_named("sunshine"))
    assert bill.credit == 10_500
    assert bill.total == 10_040 + 5_278 + 766 - 10_500


def test_summer_bill_can_be_in_credit():
    bill = make_bill(Reading(date(2024, 6, 1), 800, 300), Reading(date(2024, 7, 1), 900, 900),
                     tariff_named("sunshine"))
    assert bill.total < 0


def test_readings_must_go_forward():
    with pytest.raises(ValueError):
        make_bill(Reading(date(2024, 4, 1), 900), Reading(date(2024, 1, 1), 800), tariff_named("standard"))


def test_pounds():
    assert pounds(26_322) == "£263.22"
    assert pounds(-1_605) == "-£16.05"
    assert pounds(123_456_7) == "£12,345.67"
