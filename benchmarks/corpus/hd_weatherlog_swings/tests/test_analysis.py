from datetime import date, datetime

from weatherlog.analysis import daily_range, mean_humidity, swings
from weatherlog.readings import load


def test_load_sorts_by_time():
    readings = load(["2024-07-01T09:00,19,70", "2024-07-01T06:00,14,88"])
    assert [r.at.hour for r in readings] == [6, 9]


def test_daily_range(readings):
    assert daily_range(readings) == {date(2024, 7, 1): (14.2, 23.5), date(2024, 7, 2): (12.9, 12.9)}


def test_swings(readings):
    assert swings(readings, 5.0) == [
        (datetime(2024, 7, 1, 15, 0), -6.4),
    ]


def test_small_threshold(readings):
    assert [at.hour for at, _ in swings(readings, 3.5)] == [9, 12, 15, 6]


def test_no_readings():
    assert swings([], 1.0) == []
    assert mean_humidity([]) is None
