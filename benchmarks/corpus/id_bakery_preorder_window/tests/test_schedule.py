from datetime import date

from bakery.orders import Preorder
from bakery.schedule import accepts_preorder, plan_bakes, rejected

TODAY = date(2024, 3, 6)  # a Wednesday


def test_accepts_order_for_saturday():
    assert accepts_preorder(Preorder("Ines", date(2024, 3, 9), {"rye": 2}), TODAY)


def test_too_short_notice():
    assert not accepts_preorder(Preorder("Ines", date(2024, 3, 7), {"rye": 2}), TODAY)


def test_closed_on_monday():
    assert not accepts_preorder(Preorder("Ines", date(2024, 3, 11), {"rye": 2}), TODAY)


def test_too_far_ahead():
    assert not accepts_preorder(Preorder("Tom", date(2024, 4, 20), {"spelt": 1}), TODAY)


def test_plan_respects_daily_limit():
    saturday = date(2024, 3, 9)
    orders = [
        Preorder("cafe", saturday, {"white": 40, "rye": 10}),
        Preorder("Ines", saturday, {"rye": 12}),
        Preorder("Tom", saturday, {"spelt": 4}),
    ]
    assert plan_bakes(orders, TODAY) == {saturday: 54}


def test_rejected_customers():
    orders = [Preorder("Ines", date(2024, 3, 7)), Preorder("Tom", date(2024, 3, 8))]
    assert rejected(orders, TODAY) == ["Ines"]
