"""School days: weekdays outside the inset days and half term the county publishes."""

from __future__ import annotations

from datetime import date, timedelta


def closed_days(text: str) -> set[date]:
    """The county's list: one date, or 'first to last' for a run of days, a line."""
    days: set[date] = set()
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        first, _, last = line.partition(" to ")
        day, end = date.fromisoformat(first), date.fromisoformat(last or first)
        while day <= end:
            days.add(day)
            day += timedelta(days=1)
    return days


def is_school_day(day: date, closed: set[date]) -> bool:
    return day.weekday() < 5 and day not in closed
