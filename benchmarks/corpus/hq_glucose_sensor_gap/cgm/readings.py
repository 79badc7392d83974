"""Sensor readings from the glucose monitor's CSV export: 'YYYY-MM-DD HH:MM,mmol/L'.
The sensor reads every 5 minutes; rows go missing when the phone is out of range."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class Reading:
    at: datetime
    mmol: float


def parse_row(row: str) -> Reading:
    stamp, value = row.split(",")
    mmol = float(value)
    if not 1.0 <= mmol <= 30.0:
        raise ValueError(f"implausible reading {value!r}")
    return Reading(datetime.strptime(stamp.strip(), "%Y-%m-%d %H:%M"), mmol)


def parse_export(text: str) -> list[Reading]:
    rows = [line for line in text.splitlines()[1:] if line.strip()]
    readings = sorted((parse_row(row) for row in rows), key=lambda reading: reading.at)
    for before, after in zip(readings, readings[1:]):
        if before.at == after.at:
            raise ValueError(f"two readings at {after.at:%Y-%m-%d %H:%M}")
    return readings
