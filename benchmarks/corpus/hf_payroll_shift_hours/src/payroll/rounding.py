"""Rounding worked time to quarter hours, as the collective agreement wants it."""

from __future__ import annotations

from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, Decimal

QUARTERS = Decimal(4)


def _to_quarter(hours: Decimal, rounding: str) -> Decimal:
    return (hours * QUARTERS).quantize(Decimal(1), rounding=rounding) / QUARTERS


def nearest_quarter(hours: Decimal) -> Decimal:
    """To the nearest quarter hour; exactly between two, up."""
    return _to_quarter(hours, ROUND_HALF_UP)


def quarter_below(hours: Decimal) -> Decimal:
    return _to_quarter(hours, ROUND_FLOOR)


def quarter_above(hours: Decimal) -> Decimal:
    return _to_quarter(hours, ROUND_CEILING)
