from datetime import date, timedelta

import pytest

from dairy import cheese_by_week, make_days, read_milkings

MONDAY = date(2024, 5, 6)


def daily(litres, first, days):
    return {first + timedelta(days=i): litres for i in range(days)}


def test_read_milkings_adds_up_the_day():
    text = """
    2024-05-06 am 61.5
    2024-05-06 pm 48
    2024-05-07 am 60
    """
    assert read_milkings(text) == {date(2024, 5, 6): 109.5, date(2024, 5, 7): 60.0}


def test_read_milkings_bad_line():
    with pytest.raises(ValueError, match="line 2"):
        read_milkings("2024-05-06 am 61.5\n2024-05-06 noon 20")


def test_make_whenever_the_tank_holds_a_vat():
    makes = make_days(daily(70, MONDAY, 6), MONDAY, MONDAY + timedelta(days=5))
    assert makes == [(MONDAY + timedelta(days=1), 20.0), (MONDAY + timedelta(days=3), 40.0), (MONDAY + timedelta(days=5), 60.0)]


def test_milk_already_in_the_tank():
    assert make_days({MONDAY: 30}, MONDAY, MONDAY, in_tank=100) == [(MONDAY, 10.0)]


def test_no_make_on_sunday():
    makes = make_days(daily(70, MONDAY, 9), MONDAY, MONDAY + timedelta(days=8))
    assert [day for day, _ in makes][-2:] == [MONDAY + timedelta(days=7), MONDAY + timedelta(days=8)]
    assert makes[-1] == (MONDAY + timedelta(days=8), 30.0)


def test_not_enough_milk():
    assert make_days(daily(10, MONDAY, 5), MONDAY, MONDAY + timedelta(days=4)) == []


def test_cheese_by_week():
    makes = [(MONDAY + timedelta(days=1), 20.0), (MONDAY + timedelta(days=3), 40.0), (MONDAY + timedelta(days=8), 0.0)]
    assert cheese_by_week(makes) == {MONDAY: 26.4, MONDAY + timedelta(days=7): 13.2}
