"""The travelling fair's season at one ground: the days the gates open."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]


@dataclass(frozen=True)
class Season:
    ground: str
    first_day: date
    last_day: date
    closed_weekdays: frozenset[int] = frozenset()
    closures: frozenset[date] = frozenset()  # washed out, private hire, ...

    def is_open(self, day: date) -> bool:
        return (
            self.first_day <= day <= self.last_day
            and day.weekday() not in self.closed_weekdays
            and day not in self.closures
        )

    def open_days(self) -> int:
        days = (self.last_day - self.first_day).days + 1
        return sum(self.is_open(self.first_day + timedelta(days=i)) for i in range(days))


def parse_closed(text: str) -> tuple[frozenset[int], frozenset[date]]:
    """'mon, 2024-07-13, 2024-07-20' -> closed weekdays and closure dates."""
    weekdays = set()
    closures = set()
    for part in text.split(","):
        part = part.strip().lower()
        if not part:
            continue
        if part[:3] in WEEKDAYS:
            weekdays.add(WEEKDAYS.index(part[:3]))
        else:
            closures.add(date.fromisoformat(part))
    return frozenset(weekdays), frozenset(closures)
