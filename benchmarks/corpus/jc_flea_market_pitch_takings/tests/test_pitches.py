from decimal import Decimal

import pytest

from fleamarket.pitches import Pitch, read_plan


def test_read_plan(plan):
    assert plan[3] == Pitch(3, "car")
    assert sorted(plan) == [1, 2, 3, 4, 5]


def test_fees(plan):
    assert [plan[n].fee for n in (1, 3, 5)] == [Decimal("8.00"), Decimal("12.00"), Decimal("20.00")]


def test_unknown_kind():
    with pytest.raises(ValueError, match="pitch 7"):
        read_plan("7 gazebo")
