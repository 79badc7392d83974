"""The pond test-kit results, as the notebook app exports them:

    date,water_c,ammonia,nitrite,ph
    2024-04-02,9.5,0,0,7.6

One row a day the pond was tested (not every day is).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date

AMMONIA_LIMIT = 0.25  # mg/l
NITRITE_LIMIT = 0.25  # mg/l
PH_RANGE = (7.0, 8.5)


@dataclass(frozen=True)
class Reading:
    day: date
    water_c: float
    ammonia: float
    nitrite: float
    ph: float


def read_log(text: str) -> list[Reading]:
    readings = []
    for row in csv.DictReader(io.StringIO(text.strip())):
        readings.append(Reading(
            date.fromisoformat(row["date"].strip()),
            float(row["water_c"]),
            float(row["ammonia"]),
            float(row["nitrite"]),
            float(row["ph"]),
        ))
    readings.sort(key=lambda r: r.day)
    for before, after in zip(readings, readings[1:]):
        if before.day == after.day:
            raise ValueError(f"two readings on {after.day}")
    return readings


def water_is_safe(reading: Reading) -> bool:
    low, high = PH_RANGE
    return reading.ammonia < AMMONIA_LIMIT and reading.nitrite < NITRITE_LIMIT and low <= reading.ph <= high
