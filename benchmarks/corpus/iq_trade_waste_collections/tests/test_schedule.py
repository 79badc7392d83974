from datetime import date

import pytest

from bins.holidays import parse_holidays
from bins.schedule import Contract, Schedule

HOLIDAYS = parse_holidays("""
2024-03-29 Good Friday
2024-04-01 Easter Monday
2024-05-06 Early May bank holiday
""")

CAFE = Contract("Harbour Cafe", 660, date(2024, 3, 4))
GARAGE = Contract("Mill Lane Garage", 1100, date(2024, 3, 6), every_weeks=2, price_per_lift=14.0)
PUB = Contract("Red Lion", 1100, date(2024, 3, 1), price_per_lift=12.5)


@pytest.fixture
def schedule():
    return Schedule([CAFE, GARAGE, PUB], HOLIDAYS)


def test_weekly_mondays(schedule):
    assert schedule.collections(CAFE, date(2024, 3, 1), date(2024, 3, 28)) == [
        date(2024, 3, 4), date(2024, 3, 11), date(2024, 3, 18), date(2024, 3, 25)]


def test_fortnightly(schedule):
    assert schedule.collections(GARAGE, date(2024, 3, 1), date(2024, 3, 28)) == [date(2024, 3, 6), date(2024, 3, 20)]


def test_nothing_before_the_contract_starts(schedule):
    assert schedule.collections(CAFE, date(2024, 2, 1), date(2024, 2, 29)) == []


def test_invoice(schedule):
    assert schedule.invoice(CAFE, date(2024, 3, 1), date(2024, 3, 28)) == 38.0
    assert schedule.invoice(GARAGE, date(2024, 3, 1), date(2024, 3, 28)) == 28.0


def test_day_list(schedule):
    assert schedule.day_list(date(2024, 3, 20)) == [("Mill Lane Garage", 1100)]
    assert schedule.day_list(date(2024, 3, 21)) == []


def test_easter_monday_lift_slips_to_tuesday(schedule):
    assert schedule.collections(CAFE, date(2024, 4, 1), date(2024, 4, 7)) == [date(2024, 4, 2)]


def test_good_friday_lift_waits_for_tuesday(schedule):
    assert schedule.collections(PUB, date(2024, 3, 25), date(2024, 4, 7)) == [date(2024, 4, 2), date(2024, 4, 5)]
