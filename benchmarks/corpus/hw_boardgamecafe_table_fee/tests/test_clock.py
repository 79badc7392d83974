import datetime

import pytest

from cafe.clock import minutes_of, parse_time


def test_parse_time():
    assert parse_time("9:30") == datetime.time(9, 30)
    assert minutes_of(parse_time("18:05")) == 1085


def test_bad_time():
    with pytest.raises(ValueError):
        parse_time("18.30")
