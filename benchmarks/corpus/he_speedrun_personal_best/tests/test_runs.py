import pytest

from runs import format_time, parse_time


def test_parse_time():
    assert parse_time("24:58.25") == 1_498_250
    assert parse_time("1:02:03.45") == 3_723_450
    assert parse_time("59.9") == 59_900


def test_parse_time_rejects_junk():
    with pytest.raises(ValueError):
        parse_time("1:x:00")


def test_format_time():
    assert format_time(1_498_250) == "24:58.250"
    assert format_time(3_723_450) == "1:02:03.450"
