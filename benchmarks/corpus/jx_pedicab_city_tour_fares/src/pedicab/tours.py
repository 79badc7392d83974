"""What a pedicab tour costs.

Tours are charged a flag fare plus every started quarter hour, with a supplement for
a third passenger. Tours that set off late at night (from 22:00 until 06:00) are
charged at the night rate, half as much again, rounded up to the next 50p.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime

FLAG_FARE = 5.00
PER_QUARTER = 4.50
THIRD_PASSENGER = 3.00
MAX_PASSENGERS = 3
NIGHT_RATE = 1.5
NIGHT_FROM, NIGHT_UNTIL = 22, 6


@dataclass(frozen=True)
class Tour:
    rider: str
    start: datetime
    minutes: int
    passengers: int

    def quarters(self) -> int:
        """Quarter hours started, at least one."""
        return max(1, math.ceil(self.minutes / 15))

    def fare(self) -> float:
        if not 1 <= self.passengers <= MAX_PASSENGERS:
            raise ValueError(f"a pedicab takes 1 to {MAX_PASSENGERS} passengers, not {self.passengers}")
        fare = FLAG_FARE + PER_QUARTER * self.quarters()
        if self.passengers == MAX_PASSENGERS:
            fare += THIRD_PASSENGER
        if self.start.hour >= NIGHT_FROM and self.start.hour < NIGHT_UNTIL:
            fare = math.ceil(fare * NIGHT_RATE * 2) / 2
        return fare
