"""Converting quantities between units of the same dimension."""

from __future__ import annotations

from units.tables import ALIASES, DIMENSIONS, FACTORS


class ConversionError(ValueError):
    pass


def unit(name: str) -> str:
    key = name.strip().lower()
    key = ALIASES.get(key, key)
    if key not in DIMENSIONS:
        raise ConversionError(f"unknown unit {name!r}")
    return key


def _temperature(value: float, source: str, target: str) -> float:
    kelvin = {"c": value + 273.15, "f": (value - 32) * 5 / 9 + 273.15, "k": value}[source]
    return {"c": kelvin - 273.15, "f": (kelvin - 273.15) * 9 / 5 + 32, "k": kelvin}[target]


def convert(value: float, source: str, target: str) -> float:
    """value in `source` units expressed in `target` units."""
    source, target = unit(source), unit(target)
    if DIMENSIONS[source] != DIMENSIONS[target]:
        raise ConversionError(f"cannot convert {DIMENSIONS[source]} to {DIMENSIONS[target]}")
    if DIMENSIONS[source] == "temperature":
        return _temperature(value, source, target)
    return value * FACTORS[source] / FACTORS[target]


def parse_quantity(text: str) -> tuple[float, str]:
    """ "12.5 kg" -> (12.5, "kg")."""
    number, _, name = text.strip().partition(" ")
    return float(number), unit(name)


def convert_text(text: str, target: str, digits: int = 2) -> str:
    value, source = parse_quantity(text)
    return f"{round(convert(value, source, target), digits):g} {unit(target)}"
