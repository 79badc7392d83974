"""Conversions between every pair of units over a few values, then random quantities as text."""

import random

from observing import attempt
from units.convert import convert, convert_text
from units.tables import DIMENSIONS

NAMES = sorted(DIMENSIONS) + ["Celsius", "fahrenheit", "kelvin", "pounds", "furlong", ""]


def observe():
    rng = random.Random(7360)
    results = []
    for source in sorted(DIMENSIONS):
        for target in sorted(DIMENSIONS):
            results.append(attempt(convert, 1.5, source, target))
    for value in (-40.0, 0.0, 37.0, 100.0, 451.0):
        for source in ("c", "F", "kelvin"):
            for target in ("C", "f", "k", "m"):
                results.append(attempt(convert, value, source, target))
    for _ in range(120):
        text = f"{rng.uniform(-50, 500):.2f} {rng.choice(NAMES)}"
        results.append((text, attempt(convert_text, text, rng.choice(NAMES), rng.randint(0, 3))))
    return results
