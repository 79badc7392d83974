"""Min/max replenishment: when an item's stock position falls to its reorder point,
order enough whole cases to bring it back up to its max level."""

from __future__ import annotations

from stock.models import Item


def needs_reorder(item: Item) -> bool:
    return item.position <= item.reorder_point


def reorder_quantity(item: Item) -> int:
    if item.case_size < 1:
        raise ValueError(f"{item.sku}: case size must be at least 1")
    if not needs_reorder(item):
        return 0
    shortfall = item.max_level - item.position
    cases = -(-shortfall // item.case_size)
    return cases * item.case_size


def purchase_order(items: list[Item]) -> dict[str, int]:
    """SKU -> units to order, for the items that need it."""
    order = {}
    for item in items:
        quantity = reorder_quantity(item)
        if quantity:
            order[item.sku] = quantity
    return order
