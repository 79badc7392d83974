"""Metric units, moved up or down so quantities read naturally: 1.2 kg, not 1200 g."""

from __future__ import annotations

LARGER = {"g": ("kg", 1000), "ml": ("l", 1000)}
SMALLER = {"kg": ("g", 1000), "l": ("ml", 1000)}
BASE = {"g": ("g", 1), "kg": ("g", 1000), "ml": ("ml", 1), "l": ("ml", 1000)}


def normalize(quantity: float, unit: str) -> tuple[float, str]:
    if unit in LARGER and quantity >= LARGER[unit][1]:
        larger, ratio = LARGER[unit]
        return quantity / ratio, larger
    if unit in SMALLER and quantity < 1:
        smaller, ratio = SMALLER[unit]
        return quantity * ratio, smaller
    return quantity, unit


def to_base(quantity: float, unit: str) -> tuple[float, str]:
    """Grams or millilitres; other units as they are."""
    base, ratio = BASE.get(unit, (unit, 1))
    return quantity * ratio, base


def format_quantity(quantity: float, unit: str) -> str:
    text = f"{quantity:.2f}".rstrip("0").rstrip(".")
    return f"{text} {unit}" if unit else text
