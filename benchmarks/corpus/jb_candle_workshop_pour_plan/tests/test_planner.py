import pytest

from chandlery.planner import PourPlan, parse_order, pour_plan


def test_parse_order():
    assert parse_order("3 jars, 2 tin, 1 jar") == {"jar": 4, "tin": 2}


def test_parse_order_unknown_vessel():
    with pytest.raises(KeyError):
        parse_order("2 teacups")


def test_small_order_in_one_melt():
    assert pour_plan({"tin": 4}, "rapeseed") == PourPlan(504, 40.3, 4, 1)


def test_wicks_for_mixed_vessels():
    plan = pour_plan(parse_order("3 jars, 2 tins"), "soy")
    assert plan.wax_g == 1134
    assert plan.wicks == 8


def test_big_order_needs_two_melts():
    plan = pour_plan({"jar": 10}, "coconut")
    assert plan.wax_g == 2940
    assert plan.fragrance_g == 352.8
    assert plan.melts == 2


def test_nothing_to_pour():
    assert pour_plan({}, "soy") == PourPlan(0, 0.0, 0, 0)
