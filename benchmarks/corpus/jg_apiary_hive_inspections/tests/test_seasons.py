from datetime import date

from apiary.seasons import inspection_interval


def test_weekly_in_swarm_season():
    assert inspection_interval(date(2024, 5, 12)) == 7


def test_fortnightly_in_late_summer():
    assert inspection_interval(date(2024, 8, 30)) == 14


def test_winter_left_alone():
    assert inspection_interval(date(2024, 12, 1)) is None
