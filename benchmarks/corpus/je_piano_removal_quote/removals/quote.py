"""Quotes for moving a piano from one address to another."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from removals.pianos import piano_type

FREE_MILES = 10
PER_MILE = 2.5
WEEKEND_SURCHARGE = 0.2  # on the move itself; tuning is the tuner's own charge
TUNING = 75.0


@dataclass(frozen=True)
class Job:
    piano: str
    miles: int  # by road, door to door
    from_flights: int  # flights of stairs at the collection address
    to_flights: int  # and at the delivery address
    day: date
    tuning: bool = False


def quote(job: Job) -> float:
    """The price to put on the quote, in pounds."""
    kind = piano_type(job.piano)
    if job.miles < 0 or job.from_flights < 0 or job.to_flights < 0:
        raise ValueError("miles and flights cannot be negative")
    price = kind.base
    price += (job.miles - FREE_MILES) * PER_MILE
    price += job.from_flights * kind.per_flight
    if job.day.weekday() >= 5:
        price *= 1 + WEEKEND_SURCHARGE
    if job.tuning:
        price += TUNING
    return round(price, 2)


def crew_needed(job: Job) -> int:
    """Grands going up more than two flights need an extra pair of hands."""
    kind = piano_type(job.piano)
    extra = 1 if kind.crew >= 3 and max(job.from_flights, job.to_flights) > 2 else 0
    return kind.crew + extra
