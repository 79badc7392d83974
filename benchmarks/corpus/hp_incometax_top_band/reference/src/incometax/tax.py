"""Income tax for the year, with relief for pension contributions."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from incometax.bands import Band

PERSONAL_ALLOWANCE = Decimal("12570")
TAPER_FROM = Decimal("100000")  # the allowance drops by 1 for every 2 of income above this
PENNY = Decimal("0.01")


def allowance(adjusted_income: Decimal) -> Decimal:
    if adjusted_income <= TAPER_FROM:
        return PERSONAL_ALLOWANCE
    return max(Decimal("0"), PERSONAL_ALLOWANCE - (adjusted_income - TAPER_FROM) / 2)


def income_tax(gross: Decimal, bands: list[Band], pension: Decimal = Decimal("0")) -> Decimal:
    """Tax on a year's gross income. Pension contributions come off first, then the
    allowance for what is left; the rest is taxed band by band."""
    adjusted = max(Decimal("0"), gross - pension)
    taxable = max(Decimal("0"), adjusted - allowance(adjusted))
    tax = Decimal("0")
    for band in bands:
        if taxable <= band.lower:
            break
        top = taxable if band.upper is None else min(taxable, band.upper)
        tax += (top - band.lower) * band.rate / 100
    return tax.quantize(PENNY, rounding=ROUND_HALF_UP)


def take_home(gross: Decimal, bands: list[Band], pension: Decimal = Decimal("0")) -> Decimal:
    return gross - pension - income_tax(gross, bands, pension)


def marginal_rate(gross: Decimal, bands: list[Band], pension: Decimal = Decimal("0")) -> Decimal:
    """The rate on the next unit of income, ignoring the taper."""
    adjusted = max(Decimal("0"), gross - pension)
    taxable = adjusted - allowance(adjusted)
    rate = Decimal("0")
    for band in bands:
        if taxable >= band.lower:
            rate = band.rate
    return rate
