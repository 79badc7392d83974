from datetime import datetime

import pytest

from saunapass.pricing import credits_for, is_peak


def test_weekday_evenings_are_peak():
    assert not is_peak(datetime(2024, 3, 4, 16, 59))
    assert is_peak(datetime(2024, 3, 4, 17, 0))
    assert is_peak(datetime(2024, 3, 4, 19, 30))
    assert not is_peak(datetime(2024, 3, 4, 20, 0))


def test_weekends_are_peak_all_day():
    assert is_peak(datetime(2024, 3, 9, 9, 0))
    assert is_peak(datetime(2024, 3, 10, 21, 0))


def test_credits_per_started_hour():
    assert credits_for(datetime(2024, 3, 5, 10, 0), 60) == 1
    assert credits_for(datetime(2024, 3, 5, 10, 0), 61) == 2
    assert credits_for(datetime(2024, 3, 5, 18, 0), 90) == 4


def test_a_visit_needs_minutes():
    with pytest.raises(ValueError):
        credits_for(datetime(2024, 3, 5, 10, 0), 0)
