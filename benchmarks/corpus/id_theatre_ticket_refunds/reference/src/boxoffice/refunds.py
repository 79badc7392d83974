from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from .tickets import Ticket

FULL_REFUND_DAYS = 14
HALF_REFUND_DAYS = 3
CENT = Decimal("0.01")


def refund_for(ticket: Ticket, cancelled_on: date) -> Decimal:
    """What a ticket cancelled on `cancelled_on` refunds: its whole face value when
    cancelled at least FULL_REFUND_DAYS before the performance, half of it (to the
    cent) when at least HALF_REFUND_DAYS before, nothing later. The booking fee is
    never refunded."""
    days_ahead = (ticket.performance - cancelled_on).days
    if days_ahead >= FULL_REFUND_DAYS:
        return ticket.face_value
    if days_ahead >= HALF_REFUND_DAYS:
        return (ticket.face_value / 2).quantize(CENT, rounding=ROUND_HALF_UP)
    return Decimal("0.00")


def refund_total(tickets: list[Ticket], cancelled_on: date) -> Decimal:
    return sum((refund_for(ticket, cancelled_on) for ticket in tickets), Decimal("0.00"))
