"""Kitchen units, and the base unit each one is bought in."""

from __future__ import annotations

import math
from fractions import Fraction

# unit -> (base unit, how many base units one of it makes)
UNITS = {
    "g": ("g", Fraction(1)),
    "kg": ("g", Fraction(1000)),
    "ml": ("ml", Fraction(1)),
    "l": ("ml", Fraction(1000)),
    "tsp": ("ml", Fraction(5)),
    "tbsp": ("ml", Fraction(15)),
    "cup": ("ml", Fraction(240)),
    "pc": ("pc", Fraction(1)),
}


def to_base(quantity: Fraction, unit: str) -> tuple[Fraction, str]:
    try:
        base, factor = UNITS[unit.lower()]
    except KeyError:
        raise ValueError(f"unknown unit {unit!r}") from None
    return quantity * factor, base


def parse_quantity(text: str) -> Fraction:
    """'2', '0.5', '1/2' or '1 1/2'."""
    whole, _, rest = text.strip().partition(" ")
    if rest:
        return Fraction(whole) + Fraction(rest)
    return Fraction(whole)


def format_amount(amount: Fraction, base: str) -> str:
    """What to buy: whole pieces, grams and millilitres rounded up; kilograms and litres from 1000."""
    count = math.ceil(amount)
    if base == "pc":
        return f"{count} pc"
    if count >= 1000:
        return f"{count / 1000:g} {'kg' if base == 'g' else 'l'}"
    return f"{count} {base}"
