"""When the salon is open."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time

MONDAY, SUNDAY = 0, 6


@dataclass
class Salon:
    opens: time = time(9, 30)
    closes: time = time(18, 0)
    closed_weekdays: set[int] = field(default_factory=lambda: {MONDAY, SUNDAY})
    holidays: set[date] = field(default_factory=set)

    def is_open(self, day: date) -> bool:
        return day.weekday() not in self.closed_weekdays and day not in self.holidays
