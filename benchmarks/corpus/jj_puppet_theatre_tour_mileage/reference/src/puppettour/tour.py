"""The touring diary: shows in village halls and arts centres, and the drives between them.

The van goes out from base and comes back. Shows on consecutive days are driven
straight from one venue to the next, with a night in digs between; when there are
days off between two shows the company drives home and out again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta


@dataclass(frozen=True)
class Show:
    day: date
    venue: str
    town: str
    fee: float


@dataclass(frozen=True)
class Leg:
    day: date
    start: str
    end: str
    miles: float


class Tour:
    def __init__(self, base: str, miles: dict[tuple[str, str], float]):
        self.base = base
        self.miles_between = miles
        self.shows: list[Show] = []

    def book(self, show: Show) -> None:
        if any(booked.day == show.day for booked in self.shows):
            raise ValueError(f"already booked on {show.day:%a %d %b}")
        self.shows.append(show)

    def miles(self, a: str, b: str) -> float:
        if a == b:
            return 0.0
        if (a, b) in self.miles_between:
            return self.miles_between[(a, b)]
        if (b, a) in self.miles_between:
            return self.miles_between[(b, a)]
        raise KeyError(f"no mileage from {a} to {b}")

    def legs(self) -> list[Leg]:
        """Every drive of the tour in order. The drive home after a show is dated the
        day of that show."""
        legs: list[Leg] = []
        here = self.base
        last_day: date | None = None
        for show in sorted(self.shows, key=lambda show: show.day):
            if last_day is not None and show.day - last_day > timedelta(days=1) and here != self.base:
                legs.append(Leg(last_day, here, self.base, self.miles(here, self.base)))
                here = self.base
            if show.town != here:
                legs.append(Leg(show.day, here, show.town, self.miles(here, show.town)))
                here = show.town
            last_day = show.day
        if last_day is not None and here != self.base:
            legs.append(Leg(last_day, here, self.base, self.miles(here, self.base)))
        return legs
