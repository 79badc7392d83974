"""Hive scale logs: one weight per evening, in kilograms, as the scale exports them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Reading:
    day: date
    kg: float


def parse_line(line: str) -> Reading:
    day, kg = line.split()
    weight = float(kg)
    if weight <= 0:
        raise ValueError(f"bad weight in {line!r}")
    return Reading(date.fromisoformat(day), weight)


def parse_log(text: str) -> list[Reading]:
    """Lines 'YYYY-MM-DD 41.7'; blank lines and '#' comments are skipped."""
    readings = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            readings.append(parse_line(line))
    return readings
