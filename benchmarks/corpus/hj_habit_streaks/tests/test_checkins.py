import datetime

import pytest

from habits.checkins import parse_checkins


def test_grouped_by_habit():
    checkins = parse_checkins("2024-01-02 Yoga\n# comment\n\n2024-01-01 yoga\n2024-01-01 piano\n")
    assert checkins == {
        "yoga": [datetime.date(2024, 1, 2), datetime.date(2024, 1, 1)],
        "piano": [datetime.date(2024, 1, 1)],
    }


def test_habit_required():
    with pytest.raises(ValueError):
        parse_checkins("2024-01-02\n")
