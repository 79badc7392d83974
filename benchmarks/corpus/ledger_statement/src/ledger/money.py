"""Amounts are kept in integer cents; these helpers convert and share them."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal


def to_cents(text: str) -> int:
    """'12.5' -> 1250, '-0.015' -> -2 (half away from zero)."""
    amount = Decimal(text.replace(",", "").strip())
    return int((amount * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def format_money(cents: int) -> str:
    """1234567 -> '12,345.67'; negative amounts get a leading minus."""
    sign = "-" if cents < 0 else ""
    whole, part = divmod(abs(cents), 100)
    return f"{sign}{whole:,}.{part:02d}"


def split_evenly(cents: int, parts: int) -> list[int]:
    """Share an amount in `parts` shares that differ by at most a cent; the first
    shares get the extra cents, so the shares always add up to the amount."""
    if parts <= 0:
        raise ValueError("parts must be positive")
    base, remainder = divmod(cents, parts)
    return [base + 1 if i < remainder else base for i in range(parts)]
