"""Booking the autumn round of school portraits into the diary.

Schools are photographed one after another in the order they booked; a big school
takes more than one day, and its days follow on with no other school in between.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from schoolphotos.terms import is_school_day

ONE_DAY = timedelta(days=1)
PUPILS_PER_DAY = 220


@dataclass(frozen=True)
class School:
    name: str
    pupils: int

    @property
    def days(self) -> int:
        return max(1, -(-self.pupils // PUPILS_PER_DAY))


def shoot_diary(schools: list[School], first_day: date, closed: set[date]) -> list[tuple[str, date, date]]:
    """(school, first shoot day, last shoot day) for each school, starting on the first
    school day on or after first_day."""
    diary = []
    day = first_day
    for school in schools:
        booked: list[date] = []
        while len(booked) < school.days:
            if not is_school_day(day, closed):
                day += ONE_DAY
                continue
            booked.append(day)
            day += ONE_DAY
        diary.append((school.name, booked[0], booked[-1]))
    return diary


def proofs_back(diary: list[tuple[str, date, date]], turnaround: int = 10) -> dict[str, date]:
    """When each school gets its proof cards: `turnaround` calendar days after its last shoot day."""
    return {name: last + timedelta(days=turnaround) for name, _first, last in diary}
