"""Primary fermentation: pH readings taken each morning, and when a batch will be ready."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date, timedelta

BOTTLING_PH = 3.2
MIN_DAYS = 7  # however fast the pH drops, the flavour needs a week


@dataclass(frozen=True, order=True)
class Reading:
    day: date
    ph: float


@dataclass
class Batch:
    vessel: str
    brewed: date
    litres: float
    readings: list[Reading] = field(default_factory=list)

    def log(self, day: date, ph: float) -> None:
        if not 2.0 <= ph <= 7.0:
            raise ValueError(f"implausible pH {ph}")
        self.readings.append(Reading(day, ph))


def estimated_ready(batch: Batch, target_ph: float = BOTTLING_PH) -> date | None:
    """The day the batch can be bottled, going by how fast the pH has been falling.
    None while there is not enough to go on (fewer than two readings, or no fall yet)."""
    earliest = batch.brewed + timedelta(days=MIN_DAYS)
    readings = sorted(batch.readings)
    if len(readings) < 2:
        return None
    first, last = readings[0], readings[-1]
    if last.ph <= target_ph:
        return max(last.day, earliest)
    days = (last.day - first.day).days
    if days == 0:
        return None
    drop_per_day = (first.ph - last.ph) // days
    if drop_per_day <= 0:
        return None
    ready = last.day + timedelta(days=math.ceil((last.ph - target_ph) / drop_per_day))
    return max(ready, earliest)
