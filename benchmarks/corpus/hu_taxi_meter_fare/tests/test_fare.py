import datetime
from decimal import Decimal

import pytest

from meter.fare import fare, trip_fare


def test_whole_units(day):
    assert fare(3000, 0, day) == Decimal("8.00")


def test_short_trip_pays_the_flag_fall(day):
    assert fare(600, 0, day) == Decimal("3.20")


def test_a_started_unit_counts(day):
    assert fare(2150, 0, day) == Decimal("6.08")


def test_waiting_by_started_minute(day):
    assert fare(1000, 61, day) == Decimal("4.10")


def test_negative_distance(day):
    with pytest.raises(ValueError):
        fare(-5, 0, day)


def test_night_trip_with_a_large_group():
    friday_night = datetime.datetime(2024, 3, 15, 23, 30)
    assert trip_fare(friday_night, 1800, 0, passengers=6) == Decimal("9.00")
