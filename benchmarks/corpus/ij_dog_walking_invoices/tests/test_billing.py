from datetime import datetime
from decimal import Decimal

import pytest

from walkies.billing import Walk, invoice_lines, invoices, walk_charge


def test_half_hour_with_one_dog():
    assert walk_charge(Walk("Patel", datetime(2024, 6, 10, 8, 0), 30)) == Decimal("9.00")


def test_a_started_half_hour_counts_whole():
    assert walk_charge(Walk("Patel", datetime(2024, 6, 10, 8, 0), 35)) == Decimal("18.00")


def test_two_dogs_for_an_hour():
    assert walk_charge(Walk("Morgan", datetime(2024, 6, 11, 12, 30), 60, dogs=2)) == Decimal("26.00")


def test_sunday_surcharge():
    assert walk_charge(Walk("Lindqvist", datetime(2024, 6, 16, 10, 0), 60)) == Decimal("22.50")


def test_bank_holiday_monday():
    assert walk_charge(Walk("Patel", datetime(2024, 5, 27, 8, 0), 30)) == Decimal("11.25")


def test_saturday_surcharge():
    assert walk_charge(Walk("Lindqvist", datetime(2024, 6, 15, 10, 0), 30, dogs=3)) == Decimal("21.25")


def test_no_dog():
    with pytest.raises(ValueError):
        walk_charge(Walk("Patel", datetime(2024, 6, 10, 8, 0), 30, dogs=0))


def test_weekday_clients(week):
    totals = invoices(week)
    assert totals["Patel"] == Decimal("27.00")
    assert totals["Morgan"] == Decimal("52.00")


def test_weekend_client(week):
    assert invoices(week)["Lindqvist"] == Decimal("45.00")


def test_invoice_lines(week):
    assert invoice_lines(week, "Morgan") == [
        "Tue 11 Jun 12:30  60 min, 2 dogs  £26.00",
        "Thu 13 Jun 12:30  45 min, 2 dogs  £26.00",
    ]
