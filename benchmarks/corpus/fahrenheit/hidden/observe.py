"""Conversions of freezing, boiling, negative and fractional temperatures."""

from observing import attempt
from mod import to_fahrenheit


def observe():
    return [attempt(to_fahrenheit, c) for c in (0, 100, -40, 37, -273.15, 21.5, 1)]
