"""The volunteer list the office keeps, one volunteer a line:

    Pat Hughes: Tue, Thu, Sat
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


@dataclass(frozen=True)
class Volunteer:
    name: str
    weekdays: frozenset[int]  # 0 is Monday

    def can_do(self, day: date) -> bool:
        return day.weekday() in self.weekdays


def read_volunteers(text: str) -> list[Volunteer]:
    volunteers = []
    for line in text.strip().splitlines():
        name, colon, days = line.partition(":")
        if not colon or not name.strip():
            raise ValueError(f"expected 'name: Mon, Wed' in {line!r}")
        weekdays = set()
        for day in days.split(","):
            day = day.strip().title()[:3]
            if day not in WEEKDAYS:
                raise ValueError(f"{name.strip()}: what day is {day!r}?")
            weekdays.add(WEEKDAYS.index(day))
        volunteers.append(Volunteer(name.strip(), frozenset(weekdays)))
    return volunteers
