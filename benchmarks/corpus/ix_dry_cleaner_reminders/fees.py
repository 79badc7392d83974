"""Storage charges for garments left on the rail."""

from __future__ import annotations

import math
from datetime import date

from tickets import Ticket

FREE_STORAGE_DAYS = 28
FEE_PER_ITEM_PER_WEEK = 1.50


def storage_fee(ticket: Ticket, today: date) -> float:
    """Each started week past the free days costs FEE_PER_ITEM_PER_WEEK an item.
    Account customers are never charged storage."""
    if ticket.account or not ticket.waiting(today):
        return 0.0
    days_over = (today - ticket.ready_on).days - FREE_STORAGE_DAYS
    if days_over <= 0:
        return 0.0
    return round(math.ceil(days_over / 7) * FEE_PER_ITEM_PER_WEEK * ticket.items, 2)
