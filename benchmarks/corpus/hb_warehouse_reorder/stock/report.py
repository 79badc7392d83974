from __future__ import annotations

from stock.models import Item
from stock.reorder import purchase_order


def order_lines(items: list[Item]) -> list[str]:
    order = purchase_order(items)
    return [f"{sku:<10}{quantity:>6}" for sku, quantity in sorted(order.items())]
