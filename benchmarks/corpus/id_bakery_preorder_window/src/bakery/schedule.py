from __future__ import annotations

from datetime import date

from .orders import Preorder

MIN_LEAD_DAYS = 2
MAX_ADVANCE_DAYS = 21
CLOSED_WEEKDAYS = frozenset({0})  # closed on Mondays
DAILY_LOAF_LIMIT = 60


def accepts_preorder(order: Preorder, today: date) -> bool:
    """A preorder is accepted when its pickup day is at least MIN_LEAD_DAYS and at
    most MAX_ADVANCE_DAYS after today, and the shop is open that day."""
    lead = (order.pickup - today).days
    if lead < MIN_LEAD_DAYS:
        return False
    return order.pickup.weekday() not in CLOSED_WEEKDAYS


def plan_bakes(orders: list[Preorder], today: date) -> dict[date, int]:
    """Loaves to bake per pickup day for the accepted preorders, in order, as long
    as the day's DAILY_LOAF_LIMIT is not exceeded."""
    plan: dict[date, int] = {}
    for order in orders:
        if not accepts_preorder(order, today):
            continue
        booked = plan.get(order.pickup, 0)
        if booked + order.loaves > DAILY_LOAF_LIMIT:
            continue
        plan[order.pickup] = booked + order.loaves
    return plan


def rejected(orders: list[Preorder], today: date) -> list[str]:
    return [order.customer for order in orders if not accepts_preorder(order, today)]
