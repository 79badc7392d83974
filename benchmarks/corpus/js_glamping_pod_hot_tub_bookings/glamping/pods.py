"""The pods in Top Meadow and what a stay in one costs."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

WEEKEND_NIGHTS = (4, 5)  # Friday and Saturday nights
DOG_FEE = 15.0  # a stay, not a night


@dataclass(frozen=True)
class Pod:
    name: str
    sleeps: int
    hot_tub: bool
    dogs: bool
    nightly: float
    weekend_nightly: float


def stay_price(pod: Pod, arrive: date, leave: date, dogs: int = 0) -> float:
    total = 0.0
    night = arrive
    while night < leave:
        total += pod.weekend_nightly if night.weekday() in WEEKEND_NIGHTS else pod.nightly
        night += timedelta(days=1)
    if dogs:
        total += DOG_FEE
    return total
