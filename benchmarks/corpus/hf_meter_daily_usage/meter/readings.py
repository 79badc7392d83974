"""Readings of a cumulative electricity meter, as exported by the smart-meter app:

    2024-03-01T07:00,18234.6
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class Reading:
    taken: datetime
    kwh: float  # the meter's counter


def parse_readings(text: str) -> list[Reading]:
    readings = []
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("timestamp"):
            continue
        stamp, _, value = line.partition(",")
        try:
            readings.append(Reading(datetime.fromisoformat(stamp), float(value)))
        except ValueError:
            raise ValueError(f"line {number}: {line!r}") from None
    return readings
