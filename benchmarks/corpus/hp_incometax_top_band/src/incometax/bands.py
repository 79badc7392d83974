"""Tax bands, written the way the yearly rates table gives them:

    0-37700 20
    37700-125140 40
    125140+ 45

Limits are on taxable income, i.e. after the personal allowance."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class Band:
    lower: Decimal
    upper: Decimal | None  # None: no upper limit
    rate: Decimal  # percent


def parse_bands(text: str) -> list[Band]:
    bands = []
    for line in text.strip().splitlines():
        limits, rate = line.split()
        if limits.endswith("+"):
            lower, upper = Decimal(limits[:-1]), None
        else:
            low, high = limits.split("-")
            lower, upper = Decimal(low), Decimal(high)
        bands.append(Band(lower, upper, Decimal(rate)))
    for below, above in zip(bands, bands[1:]):
        if below.upper != above.lower:
            raise ValueError(f"bands do not join at {below.upper}")
    return bands
