"""Readings from the fermenter log sheet."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Reading:
    day: int  # days since pitching the yeast
    gravity: float  # specific gravity, e.g. 1.048
    temperature: float  # degrees C


def parse_log(text: str) -> list[Reading]:
    """`day gravity temperature` a line; `#` starts a comment."""
    readings = []
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            day, gravity, temperature = line.split()
            readings.append(Reading(int(day), float(gravity), float(temperature)))
    return sorted(readings, key=lambda reading: reading.day)


def abv(original_gravity: float, final_gravity: float) -> float:
    return round((original_gravity - final_gravity) * 131.25, 1)
