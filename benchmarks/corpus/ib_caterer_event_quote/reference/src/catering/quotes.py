from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from .menus import Event, Menu

CHILD_SHARE = Decimal("0.5")
MINIMUM_GUESTS = 40
WAITER_COVERS = 12
WAITER_FEE = Decimal("95")
SERVICE_RATE = Decimal("0.125")
DEPOSIT_RATE = Decimal("0.25")
PENNY = Decimal("0.01")


def quote(event: Event, menu: Menu) -> Decimal:
    """What catering the event costs: the adults at the menu's price per head and
    the children at CHILD_SHARE of it, but the food never costs less than
    MINIMUM_GUESTS adults would; plus one waiter for every WAITER_COVERS guests or
    part thereof; plus SERVICE_RATE on the lot, rounded to the penny."""
    food = event.adults * menu.price_per_head + event.children * menu.price_per_head * CHILD_SHARE
    food = max(food, MINIMUM_GUESTS * menu.price_per_head)
    waiters = -(-event.guests // WAITER_COVERS)
    subtotal = food + waiters * WAITER_FEE
    return (subtotal * (1 + SERVICE_RATE)).quantize(PENNY, ROUND_HALF_UP)


def deposit(event: Event, menu: Menu) -> Decimal:
    return (quote(event, menu) * DEPOSIT_RATE).quantize(PENNY, ROUND_HALF_UP)
