"""The horses on the books. Youngsters (cutting and shedding caps) and old horses
(worn and loose teeth) are seen every six months, the rest once a year."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

YOUNG_UNDER = 5
SENIOR_FROM = 20


def add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year = day.year + month // 12
    month = month % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


@dataclass
class Horse:
    name: str
    yard: str
    foaled: int  # year
    last_rasp: date | None = None
    sold: bool = False  # gone from the yard; kept on the books for its history

    def interval_months(self, on: date) -> int:
        age = on.year - self.foaled
        return 6 if age < YOUNG_UNDER or age >= SENIOR_FROM else 12

    def next_due(self, on: date) -> date | None:
        """When the next routine visit falls; None for a horse never seen (due now)."""
        if self.last_rasp is None:
            return None
        return add_months(self.last_rasp, self.interval_months(on))

    def due(self, on: date) -> bool:
        due = self.next_due(on)
        return due is None or due <= on
