"""Stacking crates hired out for house and office moves: the price list."""

from __future__ import annotations

from datetime import date

# Every crate is free for the first week after it is dropped off.
FREE_DAYS = 7
# Then this much a crate for each week or part week until it comes back.
WEEK_RATE_PENCE = 150
# Small hires pay at least this (the van run out and back).
MIN_CHARGE_PENCE = 2000


def weeks_charged(delivered: date, back: date) -> int:
    """Chargeable weeks for one crate dropped off on `delivered` and back on `back`."""
    days = (back - delivered).days - FREE_DAYS
    return max(0, -(-days // 7))


def pounds(pence: int) -> str:
    return f"£{pence // 100}.{pence % 100:02d}"
