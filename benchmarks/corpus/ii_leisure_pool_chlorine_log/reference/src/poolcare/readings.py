"""Readings the lifeguards take from the pool water every hour, and what they mean
for keeping the pool open."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import datetime
from typing import Iterable

from poolcare.limits import Limits


@dataclass(frozen=True)
class Reading:
    taken: datetime
    free_chlorine: float  # mg/l
    ph: float


def parse_log(rows: Iterable[str]) -> list[Reading]:
    """Readings from the CSV the test kit exports: `time,chlorine,ph`, with a header."""
    readings = []
    for row in csv.DictReader(rows):
        readings.append(Reading(datetime.fromisoformat(row["time"]), float(row["chlorine"]), float(row["ph"])))
    readings.sort(key=lambda r: r.taken)
    return readings


def ph_ok(reading: Reading, limits: Limits) -> bool:
    return limits.ph_min <= reading.ph <= limits.ph_max


def first_closure(readings: list[Reading], limits: Limits) -> datetime | None:
    """When the pool has to close: at the first reading with the pH out of range, or
    the first reading at which the average free chlorine of the last `limits.window`
    readings (this one included) is below the minimum. A single low reading is often
    a bad sample, so the average needs a full window of readings behind it. None
    while the water stays fit to swim in."""
    window = limits.window
    for i, reading in enumerate(readings):
        if not ph_ok(reading, limits):
            return reading.taken
        if i < window - 1:
            continue
        recent = readings[i - window + 1 : i + 1]
        average = sum(r.free_chlorine for r in recent) / window
        if average < limits.chlorine_min:
            return reading.taken
    return None


def over_chlorinated(readings: list[Reading], limits: Limits) -> list[datetime]:
    """The times of readings above the maximum free chlorine, for the dosing pump log."""
    return [r.taken for r in readings if r.free_chlorine > limits.chlorine_max]
