from datetime import date

import pytest

from readings import daily_lows


def test_coolest_probe_counts_for_the_day():
    log = """
    2024-07-02 a 58.0
    2024-07-01 A 52.5
    2024-07-02 A 56.5   # near the edge
    2024-07-01 B 40.0
    """
    assert daily_lows(log) == {
        "A": [(date(2024, 7, 1), 52.5), (date(2024, 7, 2), 56.5)],
        "B": [(date(2024, 7, 1), 40.0)],
    }


def test_unreadable_line():
    with pytest.raises(ValueError, match="line 2"):
        daily_lows("2024-07-01 A 52.5\n2024-07-02 A hot")
