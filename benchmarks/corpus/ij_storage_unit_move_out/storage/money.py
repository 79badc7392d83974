from __future__ import annotations

import calendar
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

PENNY = Decimal("0.01")


def to_pennies(amount: Decimal) -> Decimal:
    return amount.quantize(PENNY, rounding=ROUND_HALF_UP)


def pro_rata(amount: Decimal, days: int, days_in_period: int) -> Decimal:
    """The part of `amount` for `days` days of a period `days_in_period` days long."""
    return to_pennies(amount * days / days_in_period)


def days_in_month(day: date) -> int:
    return calendar.monthrange(day.year, day.month)[1]
