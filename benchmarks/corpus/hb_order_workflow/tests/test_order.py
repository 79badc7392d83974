import pytest

from orders import InvalidTransition, Order, Transition
from orders.states import allowed_events


def test_new_order_is_a_draft(order):
    assert order.state == "draft"
    assert order.can("submit") and not order.can("ship")


def test_submit(order):
    assert order.apply("submit", note="web") == "pending"
    assert order.history == [Transition("draft", "submit", "pending", "web")]
    assert order.state == "pending"


def test_happy_path(order):
    assert order.replay(["submit", "pay", "ship", "deliver"]) == "delivered"
    assert order.is_closed
    assert order.paid_times == 1


def test_cannot_ship_a_draft(order):
    with pytest.raises(InvalidTransition):
        order.apply("ship")


def test_cancelled_order_is_final():
    order = Order("SO-2", state="cancelled")
    with pytest.raises(InvalidTransition):
        order.apply("submit")


def test_allowed_events():
    assert allowed_events("paid") == ["refund", "ship"]
    assert allowed_events("refunded") == []
