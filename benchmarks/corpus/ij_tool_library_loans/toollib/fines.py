from __future__ import annotations

from datetime import date
from decimal import Decimal

from toollib.rules import DAILY_FINE, GRACE_DAYS, MAX_FINE


def days_late(due: date, on: date) -> int:
    return max((on - due).days, 0)


def fine(due: date, returned_on: date) -> Decimal:
    """Nothing for the grace days, then DAILY_FINE a day, up to MAX_FINE."""
    charged = days_late(due, returned_on) - GRACE_DAYS
    if charged <= 0:
        return Decimal("0.00")
    return min(DAILY_FINE * charged, MAX_FINE)
