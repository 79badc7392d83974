"""The kinds of appointment the boutique books, and how long each takes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

DURATIONS = {
    "consultation": timedelta(minutes=90),
    "first fitting": timedelta(minutes=60),
    "alterations": timedelta(minutes=45),
    "final fitting": timedelta(minutes=60),
    "collection": timedelta(minutes=30),
}
DEPOSITS = {"consultation": 0.0, "first fitting": 50.0, "alterations": 75.0, "final fitting": 50.0, "collection": 0.0}


@dataclass
class Fitting:
    ref: str
    bride: str
    kind: str
    starts: datetime

    @property
    def ends(self) -> datetime:
        return self.starts + DURATIONS[self.kind]

    @property
    def deposit(self) -> float:
        return DEPOSITS[self.kind]

    def overlaps(self, starts: datetime, ends: datetime) -> bool:
        return starts < self.ends and self.starts < ends
