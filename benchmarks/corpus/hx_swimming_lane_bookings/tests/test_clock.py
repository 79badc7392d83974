from datetime import time

import pytest

from pool.clock import minutes_between, parse_time


def test_parse_time():
    assert parse_time("7") == time(7, 0)
    assert parse_time(" 07:30") == time(7, 30)
    with pytest.raises(ValueError):
        parse_time("24:00")


def test_minutes_between():
    assert minutes_between(time(6, 45), time(8, 15)) == 90
