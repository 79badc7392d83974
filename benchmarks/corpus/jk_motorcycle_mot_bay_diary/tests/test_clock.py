import pytest

from motbook.clock import format_time, parse_time


def test_round_trip():
    assert parse_time("08:30") == 510
    assert format_time(510) == "08:30"


def test_bad_time():
    for text in ("8.30", "25:00", "9:5"):
        with pytest.raises(ValueError):
            parse_time(text)
