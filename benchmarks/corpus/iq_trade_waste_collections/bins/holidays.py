"""Bank holidays, from the list the council publishes each year."""

from __future__ import annotations

from datetime import date


def parse_holidays(text: str) -> set[date]:
    """One ISO date a line; anything after the date is the holiday's name."""
    days = set()
    for line in text.strip().splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            days.add(date.fromisoformat(line.split()[0]))
    return days


def is_working_day(day: date, holidays: set[date]) -> bool:
    return day.weekday() < 5 and day not in holidays
