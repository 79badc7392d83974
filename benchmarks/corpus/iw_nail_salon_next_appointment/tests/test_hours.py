from datetime import date

from salon.hours import Salon


def test_open_on_a_tuesday():
    assert Salon().is_open(date(2024, 5, 14))


def test_closed_on_monday_and_sunday():
    assert not Salon().is_open(date(2024, 5, 13))
    assert not Salon().is_open(date(2024, 5, 19))


def test_closed_on_a_holiday():
    assert not Salon(holidays={date(2024, 5, 14)}).is_open(date(2024, 5, 14))
