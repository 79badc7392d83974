"""Duty rates by goods category, as a fraction of the declared value."""

from __future__ import annotations

from decimal import Decimal

RATES = {
    "books": Decimal("0"),
    "clothing": Decimal("0.12"),
    "electronics": Decimal("0.025"),
    "footwear": Decimal("0.08"),
    "toys": Decimal("0.047"),
}
OTHER = Decimal("0.04")


def duty_rate(category: str) -> Decimal:
    return RATES.get(category.strip().lower(), OTHER)
