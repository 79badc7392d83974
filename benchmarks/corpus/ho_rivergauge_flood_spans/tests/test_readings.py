from datetime import datetime

import pytest

from rivergauge.readings import level_at, parse_levels

CSV = """timestamp,level_m
2024-01-12T06:00,1.80
2024-01-12T07:00,2.20
2024-01-12T08:00,2.60
"""


def test_parse_levels():
    assert parse_levels(CSV) == (datetime(2024, 1, 12, 6), [1.8, 2.2, 2.6])


def test_parse_levels_rejects_a_gap():
    with pytest.raises(ValueError):
        parse_levels(CSV.replace("08:00", "09:00"))


def test_level_at():
    assert level_at([1.0, 2.0, 4.0], 1.5) == 3.0
    assert level_at([1.0, 2.0, 4.0], 2) == 4.0
