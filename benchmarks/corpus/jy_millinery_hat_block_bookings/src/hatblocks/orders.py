"""The week's orders, from the order book, and which go on a block this week."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date

from hatblocks.blocks import BlockShelf


@dataclass(frozen=True)
class Order:
    number: str
    style: str
    head_cm: float
    fitting: date  # the client's final fitting


def read_orders(text: str) -> list[Order]:
    """CSV with columns number,style,head_cm,fitting (ISO date)."""
    orders = []
    for row in csv.DictReader(io.StringIO(text.strip())):
        orders.append(Order(row["number"].strip(), row["style"].strip().lower(), float(row["head_cm"]), date.fromisoformat(row["fitting"].strip())))
    return orders


def plan_week(shelf: BlockShelf, orders: list[Order]) -> tuple[dict[str, str], list[str]]:
    """Book blocks for the orders, the earliest fitting first (then by order number).
    Returns ({order: block code}, orders left waiting for a block)."""
    booked = {}
    waiting = []
    for order in sorted(orders, key=lambda o: (o.fitting, o.number)):
        try:
            booked[order.number] = shelf.book(order.number, order.style, order.head_cm)
        except LookupError:
            waiting.append(order.number)
    return booked, waiting
