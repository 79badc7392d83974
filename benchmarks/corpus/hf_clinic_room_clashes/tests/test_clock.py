import pytest

from clinic.clock import format_time, parse_time


def test_parse_time():
    assert parse_time("09:30") == 570
    assert parse_time("0:05") == 5


@pytest.mark.parametrize("text", ["9.30", "12:5", "10:75", "25:00", "noon"])
def test_bad_times(text):
    with pytest.raises(ValueError):
        parse_time(text)


def test_format_time():
    assert format_time(545) == "09:05"
