import pytest

from raceday.clock import format_clock, parse_clock


def test_parse_clock():
    assert parse_clock("1:02:03") == 3723
    assert parse_clock("41:12") == 2472


def test_format_clock():
    assert format_clock(3723) == "1:02:03"


def test_not_a_time():
    with pytest.raises(ValueError):
        parse_clock("DNF")
