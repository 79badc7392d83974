import pytest

from stock.models import Item
from stock.reorder import needs_reorder, purchase_order, reorder_quantity
from stock.report import order_lines


def test_position_counts_reserved_and_on_order():
    item = Item("A-1", on_hand=10, reorder_point=5, max_level=20, reserved=4, on_order=6)
    assert item.position == 12
    assert not needs_reorder(item)


def test_well_stocked_item_is_not_ordered():
    assert reorder_quantity(Item("A-1", on_hand=30, reorder_point=10, max_level=40)) == 0


def test_order_up_to_max_level():
    item = Item("B-2", on_hand=8, reorder_point=10, max_level=50)
    assert reorder_quantity(item) == 42


def test_order_in_whole_cases():
    item = Item("C-3", on_hand=3, reorder_point=12, max_level=48, case_size=12, reserved=1)
    assert reorder_quantity(item) == 48


def test_purchase_order_and_report():
    items = [
        Item("B-2", on_hand=8, reorder_point=10, max_level=50),
        Item("A-1", on_hand=30, reorder_point=10, max_level=40),
    ]
    assert purchase_order(items) == {"B-2": 42}
    assert order_lines(items) == ["B-2           42"]


def test_bad_case_size():
    with pytest.raises(ValueError):
        reorder_quantity(Item("D-4", on_hand=0, reorder_point=1, max_level=5, case_size=0))
