import pytest

from lifeguards.shifts import hours_by_guard, shift


def test_shift_hours(day):
    assert shift("Kerry", "North", day, "10:00", "12:30").hours == 2.5


def test_shift_must_end_after_it_starts(day):
    with pytest.raises(ValueError, match="Kerry"):
        shift("Kerry", "North", day, "14:00", "10:00")


def test_hours_by_guard(saturday):
    assert hours_by_guard(saturday) == {"Kerry": 7.0, "Josh": 5.0, "Amara": 4.0}
