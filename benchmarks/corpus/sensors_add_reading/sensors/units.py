"""Temperature units."""

from __future__ import annotations

UNITS = ("C", "F", "K")


def convert(value: float, source: str, target: str) -> float:
    """Convert between Celsius, Fahrenheit and Kelvin."""
    if source not in UNITS or target not in UNITS:
        raise ValueError(f"unknown unit: {source if source not in UNITS else target}")
    celsius = {"C": value, "F": (value - 32) * 5 / 9, "K": value - 273.15}[source]
    return {"C": celsius, "F": celsius * 9 / 5 + 32, "K": celsius + 273.15}[target]
