"""The cheeses the dairy makes and how the cave treats them."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Style:
    name: str
    min_age_days: int  # youngest a wheel may be sold
    turn_every: int  # days between turns once past the first fortnight
    price_per_kg: float


STYLES = {
    "tomme": Style("Tomme", 60, 3, 24.0),
    "cheddar": Style("Clothbound Cheddar", 270, 14, 28.5),
    "blue": Style("Blue", 90, 7, 31.0),
    "washed": Style("Washed Rind", 42, 2, 26.0),
}

# Every wheel is turned daily while the rind forms.
YOUNG_DAYS = 14


def style_of(key: str) -> Style:
    try:
        return STYLES[key.lower()]
    except KeyError:
        raise ValueError(f"unknown style {key!r}") from None
