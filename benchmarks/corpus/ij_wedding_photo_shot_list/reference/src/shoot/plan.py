"""Turning a shot list into a timetable for the day."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta

from shoot.shots import Shot

# Groups bigger than this take twice as long to arrange and clear.
GROUP_SIZE = 8


@dataclass(frozen=True)
class Slot:
    shot: str
    start: datetime
    end: datetime
    over_time: bool


class ShootPlan:
    def __init__(self, start: datetime, booked_hours: float, shots: list[Shot], changeover_minutes: int = 5):
        self.start = start
        self.booked = timedelta(hours=booked_hours)
        self.shots = list(shots)
        self.changeover = timedelta(minutes=changeover_minutes)

    def changeover_after(self, shot: Shot) -> timedelta:
        return self.changeover * 2 if shot.people > GROUP_SIZE else self.changeover

    def timetable(self) -> list[Slot]:
        """Each shot in turn with when it starts and ends, a changeover after each
        while people are called and arranged. A shot is over time when it ends after
        the hours the couple booked, counted from the start of the shoot."""
        slots = []
        start = self.start
        for shot in self.shots:
            if shot.minutes <= 0:
                raise ValueError(f"{shot.name}: a shot takes some time")
            end = start + timedelta(minutes=shot.minutes)
            over_time = end - self.start > self.booked
            slots.append(Slot(shot.name, start, end, over_time))
            start = end + self.changeover_after(shot)
        return slots

    def overrun_minutes(self) -> int:
        """Minutes past the booked hours when the last shot ends; 0 when it fits."""
        slots = self.timetable()
        if not slots:
            return 0
        over = slots[-1].end - (self.start + self.booked)
        return max(math.ceil(over.total_seconds() / 60), 0)

    def extra_hours_to_book(self) -> int:
        """Whole hours the couple would have to add for every shot to fit."""
        return math.ceil(self.overrun_minutes() / 60)
