from __future__ import annotations

from orders import Order


def takings_by_item(orders: list[Order]) -> dict[str, int]:
    """Money taken per menu item over the day's orders, in pence. Refunded orders
    took nothing and are left out."""
    totals: dict[str, int] = {}
    for order in orders:
        if order.refunded:
            continue
        for line in order.lines:
            totals[line.item] = totals.get(line.item, 0) + line.quantity * line.unit_price
    return totals


def best_seller(orders: list[Order]) -> str | None:
    takings = takings_by_item(orders)
    if not takings:
        return None
    return max(sorted(takings), key=takings.__getitem__)


def day_total(orders: list[Order]) -> int:
    return sum(takings_by_item(orders).values())
