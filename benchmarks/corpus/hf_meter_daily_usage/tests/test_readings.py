from datetime import datetime

import pytest

from meter import Reading, parse_readings


def test_parse_readings():
    assert parse_readings("timestamp,kwh\n2024-03-01T07:00,18234.5\n") == [
        Reading(datetime(2024, 3, 1, 7, 0), 18234.5)]


def test_bad_line():
    with pytest.raises(ValueError, match="line 2"):
        parse_readings("2024-03-01T07:00,1.5\n2024-03-01,lots")
