import datetime

import pytest

from solarlog.readings import parse_readings


def test_parse_readings():
    text = "time,watts\n2024-06-01T05:35,-1\n\n2024-06-01T05:40,12\n"
    assert parse_readings(text) == [
        (datetime.datetime(2024, 6, 1, 5, 35), 0),
        (datetime.datetime(2024, 6, 1, 5, 40), 12),
    ]


def test_bad_line_is_reported():
    with pytest.raises(ValueError, match="line 2"):
        parse_readings("time,watts\n2024-06-01T05:35;0\n")
