"""Readings from the hygrometer logger in the wood store, exported as CSV."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class Reading:
    at: datetime
    temp_c: float
    rh: float  # relative humidity, percent


def parse_export(text: str) -> list[Reading]:
    """'timestamp,temp,rh' lines after a header line. The logger writes ERR when a
    reading fails; those are dropped. Readings come back in time order."""
    readings = []
    for line in text.strip().splitlines()[1:]:
        if not line.strip():
            continue
        stamp, temp, rh = (field.strip() for field in line.split(","))
        if "ERR" in (temp, rh):
            continue
        readings.append(Reading(datetime.fromisoformat(stamp), float(temp), float(rh)))
    readings.sort(key=lambda reading: reading.at)
    return readings
