"""The nursery's plug plant list, and how many plants fill a box."""

from __future__ import annotations

import math
from dataclasses import dataclass


@dataclass(frozen=True)
class Plant:
    name: str
    spacing_cm: int
    per_tray: int
    tray_price: float


def read_catalogue(text: str) -> dict[str, Plant]:
    """One plant a line: 'name, spacing cm, plugs per tray, tray price'. '#' starts a comment."""
    plants = {}
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        name, spacing, per_tray, price = (part.strip() for part in line.split(","))
        plants[name] = Plant(name, int(spacing), int(per_tray), float(price))
    return plants


def plants_along(length_cm: int, spacing_cm: int) -> int:
    """Plants in one row along a box, set a spacing apart and half a spacing in from each end."""
    return max(1, length_cm // spacing_cm)


def trays_needed(plants: int, per_tray: int) -> int:
    """Whole trays of plugs to order for that many plants."""
    return math.ceil(plants / per_tray)
