import pytest

from quiltplan.plan import QuiltPlan


def test_small_cut_is_a_quarter_yard():
    plan = QuiltPlan()
    plan.add_squares("cream", 24, "2 1/2")
    assert plan.yardage() == {"cream": 0.25}


def test_squares_with_seam_allowance():
    plan = QuiltPlan()
    plan.add_squares("navy", 40, "6")
    assert plan.yardage() == {"navy": 1.5}


def test_shopping_list_adds_up_each_fabric():
    plan = QuiltPlan()
    plan.add_squares("navy", 40, "6")
    plan.add_squares("cream", 24, "2 1/2")
    plan.add_squares("navy", 12, "4")
    assert plan.shopping_list() == ["cream: 1/4 yd", "navy: 1 3/4 yd"]


def test_square_wider_than_the_fabric():
    plan = QuiltPlan(width_of_fabric=40)
    plan.add_squares("border", 2, "40")
    with pytest.raises(ValueError):
        plan.yardage()
