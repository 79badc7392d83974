from __future__ import annotations

from decimal import ROUND_DOWN, Decimal

CENT = Decimal("0.01")


def to_money(text: str | int | Decimal) -> Decimal:
    """An amount in cents: '12.5' is 12.50; more than two decimals is a ValueError."""
    amount = Decimal(str(text).strip())
    if amount != amount.quantize(CENT):
        raise ValueError(f"not an amount in cents: {text!r}")
    return amount.quantize(CENT)


def cents_down(amount: Decimal) -> Decimal:
    return amount.quantize(CENT, rounding=ROUND_DOWN)
