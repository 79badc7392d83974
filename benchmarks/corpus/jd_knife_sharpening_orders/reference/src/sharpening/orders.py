"""The order book: knives left at the stall on market day and picked up later."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from sharpening.pricing import Blade, order_price

TURNAROUND_DAYS = 3
CHASE_AFTER_DAYS = 14


@dataclass
class Order:
    number: int
    customer: str
    received: date
    blades: list[Blade] = field(default_factory=list)
    trade: bool = False
    sharpened: date | None = None
    collected: date | None = None

    @property
    def price(self) -> float:
        return order_price(self.blades, self.trade)


def promised_for(order: Order) -> date:
    """The day we tell the customer, skipping Sundays when the workshop is shut."""
    day = order.received + timedelta(days=TURNAROUND_DAYS)
    if day.weekday() == 6:
        day += timedelta(days=1)
    return day


def awaiting_collection(orders: list[Order], today: date) -> list[tuple[int, str, int]]:
    """Orders that are sharpened but not yet picked up, as (number, customer, days
    waiting), the longest waiting first."""
    waiting = []
    for order in orders:
        if order.sharpened is None or order.collected is not None:
            continue
        waiting.append((order.number, order.customer, (today - order.sharpened).days))
    waiting.sort(key=lambda row: (-row[2], row[0]))
    return waiting


def to_chase(orders: list[Order], today: date) -> list[str]:
    """Customers to phone: their knives have been waiting more than two weeks."""
    return [customer for _, customer, days in awaiting_collection(orders, today) if days > CHASE_AFTER_DAYS]


def takings(orders: list[Order], start: date, end: date) -> float:
    """Money taken for orders collected between start and end, both included."""
    return round(sum(o.price for o in orders if o.collected is not None and start <= o.collected <= end), 2)
