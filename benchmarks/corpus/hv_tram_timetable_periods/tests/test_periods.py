from tramline.clock import read_departures
from tramline.periods import Period, describe, headway_at, service_periods

WEEKDAY = """
06:00 06:15 06:30 06:45
07:00 07:06 07:12 07:18 07:24 07:30
07:40 07:50 08:00
"""


def test_no_trams():
    assert service_periods([]) == []


def test_single_departure():
    assert service_periods([1410]) == [Period(1410, 1410, 0)]


def test_weekday_morning():
    periods = service_periods(read_departures(WEEKDAY))
    assert describe(periods) == [
        "06:00-07:00 every 15 min",
        "07:00-07:30 every 6 min",
        "07:30-08:00 every 10 min",
    ]


def test_describe():
    assert describe([Period(360, 420, 20), Period(1410, 1410, 0)]) == ["06:00-07:00 every 20 min", "23:30 only"]


def test_headway_at():
    periods = [Period(360, 420, 15), Period(420, 450, 6)]
    assert headway_at(periods, 400) == 15
    assert headway_at(periods, 420) == 6
    assert headway_at(periods, 450) is None
