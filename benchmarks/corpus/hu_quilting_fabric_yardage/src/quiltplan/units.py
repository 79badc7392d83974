"""Inches, as quilters measure, and the fractions they write them in."""

from __future__ import annotations

from fractions import Fraction

INCHES_PER_YARD = 36


def parse_inches(text: str) -> float:
    """'4 1/2' -> 4.5, '3/8' -> 0.375, '6' -> 6.0."""
    total = Fraction(0)
    for part in text.replace('"', "").split():
        total += Fraction(part)
    if total <= 0:
        raise ValueError(f"not a size: {text!r}")
    return float(total)


def format_yards(yards: float) -> str:
    whole, rest = divmod(Fraction(yards).limit_denominator(8), 1)
    if not rest:
        return f"{whole} yd"
    return f"{whole} {rest} yd" if whole else f"{rest} yd"
