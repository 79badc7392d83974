from datetime import date

import pytest

from inspections import examiner_diary, inspection_dates
from season import Season


def test_open_every_day():
    season = Season("Common", date(2024, 7, 1), date(2024, 7, 31))
    assert inspection_dates(season, 10) == [date(2024, 7, 10), date(2024, 7, 20), date(2024, 7, 30)]


def test_how_many():
    season = Season("Common", date(2024, 7, 1), date(2024, 7, 31))
    assert inspection_dates(season, 5, how_many=2) == [date(2024, 7, 5), date(2024, 7, 10)]


def test_closed_days_do_not_count():
    season = Season("Rec ground", date(2024, 7, 1), date(2024, 7, 21), frozenset({0}))
    # Mondays 1, 8 and 15 July are closed.
    assert inspection_dates(season, 5) == [date(2024, 7, 6), date(2024, 7, 12), date(2024, 7, 18)]


def test_every_must_be_positive():
    with pytest.raises(ValueError):
        inspection_dates(Season("Common", date(2024, 7, 1), date(2024, 7, 31)), 0)


def test_diary():
    season = Season("Common", date(2024, 8, 1), date(2024, 8, 14))
    assert examiner_diary(season, ["waltzer", "big wheel"]) == {
        date(2024, 8, 5): ["big wheel"],
        date(2024, 8, 7): ["waltzer"],
        date(2024, 8, 10): ["big wheel"],
        date(2024, 8, 14): ["waltzer"],
    }
