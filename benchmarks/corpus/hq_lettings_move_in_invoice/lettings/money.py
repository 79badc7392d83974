"""Money in pounds as Decimal, rounded to pence the way the agency's accounts do."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

PENNY = Decimal("0.01")


def pounds(value: str | int | Decimal) -> Decimal:
    amount = Decimal(value)
    if amount < 0:
        raise ValueError(f"negative amount {value}")
    return amount.quantize(PENNY, ROUND_HALF_UP)


def to_pence(amount: Decimal) -> Decimal:
    return amount.quantize(PENNY, ROUND_HALF_UP)


def show(amount: Decimal) -> str:
    return f"£{amount:,.2f}"
