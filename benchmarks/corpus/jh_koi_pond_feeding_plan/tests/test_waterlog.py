from datetime import date

import pytest

from waterlog import Reading, read_log, water_is_safe

CSV = """
date,water_c,ammonia,nitrite,ph
2024-04-03,10.5,0,0,7.8
2024-04-02,9.5,0.1,0,7.6
"""


def test_read_log_oldest_first():
    assert read_log(CSV) == [
        Reading(date(2024, 4, 2), 9.5, 0.1, 0.0, 7.6),
        Reading(date(2024, 4, 3), 10.5, 0.0, 0.0, 7.8),
    ]


def test_two_readings_on_one_day():
    with pytest.raises(ValueError):
        read_log(CSV + "2024-04-03,11,0,0,7.8\n")


def test_water_is_safe():
    assert water_is_safe(Reading(date(2024, 4, 2), 9.5, 0.1, 0.0, 7.6))
    assert not water_is_safe(Reading(date(2024, 4, 2), 9.5, 0.25, 0.0, 7.6))
    assert not water_is_safe(Reading(date(2024, 4, 2), 9.5, 0.0, 0.0, 8.9))
