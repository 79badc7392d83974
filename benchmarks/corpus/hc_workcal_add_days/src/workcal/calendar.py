"""Working days: weekdays that are not public holidays or company closing days."""

from __future__ import annotations

from datetime import date, timedelta

from .holidays import holidays


class WorkCalendar:
    def __init__(self, closed: set[date] | None = None) -> None:
        self.closed = set(closed or ())
        self._holidays: dict[int, dict[date, str]] = {}

    def is_weekday(self, day: date) -> bool:
        return day.weekday() < 5

    def is_holiday(self, day: date) -> bool:
        if day.year not in self._holidays:
            self._holidays[day.year] = holidays(day.year)
        return day in self._holidays[day.year] or day in self.closed

    def is_workday(self, day: date) -> bool:
        return self.is_weekday(day) and not self.is_holiday(day)

    def add_workdays(self, start: date, days: int) -> date:
        """The date `days` working days after `start` (before it when negative);
        `start` itself need not be a working day. Zero days gives `start`."""
        step = timedelta(days=1 if days >= 0 else -1)
        current = start
        remaining = abs(days)
        while remaining:
            current += step
            if self.is_weekday(current):
                remaining -= 1
        return current

    def workdays_between(self, first: date, last: date) -> int:
        """Working days from first to last, both included."""
        count = 0
        day = first
        while day <= last:
            count += self.is_workday(day)
            day += timedelta(days=1)
        return count
