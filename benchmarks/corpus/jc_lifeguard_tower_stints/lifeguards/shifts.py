"""Tower shifts on the beach, as the senior guard enters them on the rota sheet."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time


@dataclass(frozen=True)
class Shift:
    guard: str
    tower: str
    start: datetime
    end: datetime

    @property
    def hours(self) -> float:
        return (self.end - self.start).total_seconds() / 3600


def shift(guard: str, tower: str, day: date, start: str, end: str) -> Shift:
    """A shift from 'HH:MM' times on one day."""
    begin = datetime.combine(day, time.fromisoformat(start))
    finish = datetime.combine(day, time.fromisoformat(end))
    if finish <= begin:
        raise ValueError(f"{guard}'s shift at {tower} ends before it starts")
    return Shift(guard, tower, begin, finish)


def hours_by_guard(shifts: list[Shift]) -> dict[str, float]:
    totals: dict[str, float] = {}
    for s in shifts:
        totals[s.guard] = totals.get(s.guard, 0.0) + s.hours
    return totals
