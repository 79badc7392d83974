import pytest

from tugdiary.clock import format_time, parse_time


def test_round_trip():
    assert parse_time("09:30") == 570
    assert format_time(570) == "09:30"
    assert format_time(parse_time("17:05")) == "17:05"


@pytest.mark.parametrize("text", ["9.30", "25:00", "10:60", "10:5", ""])
def test_bad_times(text):
    with pytest.raises(ValueError):
        parse_time(text)
