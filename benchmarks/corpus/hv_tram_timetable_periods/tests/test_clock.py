import pytest

from tramline.clock import format_time, parse_time, read_departures


def test_parse_and_format():
    assert parse_time("06:05") == 365
    assert format_time(24 * 60 + 30) == "24:30"


def test_bad_time():
    with pytest.raises(ValueError):
        parse_time("6.05")


def test_read_departures_sorts():
    assert read_departures("07:10 06:50\n07:00") == [410, 420, 430]
