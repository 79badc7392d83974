import pytest

from courts.times import format_time, parse_time


def test_round_trip():
    assert parse_time("09:30") == 570
    assert format_time(parse_time("18:05")) == "18:05"


def test_bad_time():
    with pytest.raises(ValueError):
        parse_time("25:00")
