from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")


def cents(amount: Decimal) -> Decimal:
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


def monthly_rate(annual_percent: Decimal) -> Decimal:
    return Decimal(annual_percent) / 100 / 12


def monthly_payment(principal: Decimal, annual_percent: Decimal, months: int) -> Decimal:
    """The fixed monthly payment (annuity formula), rounded to the cent."""
    if months <= 0:
        raise ValueError("a loan runs for at least one month")
    rate = monthly_rate(annual_percent)
    if rate == 0:
        return cents(Decimal(principal) / months)
    return cents(principal * rate / (1 - (1 + rate) ** -months))
