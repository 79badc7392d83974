"""Sundays, and the dates arrangers have said they are away."""

from __future__ import annotations

from datetime import date, timedelta


def sundays(first: date, last: date) -> list[date]:
    """Every Sunday from first to last, both included."""
    day = first + timedelta(days=(6 - first.weekday()) % 7)
    found = []
    while day <= last:
        found.append(day)
        day += timedelta(days=7)
    return found


def parse_away(text: str) -> dict[str, set[date]]:
    """Lines of 'name: date, date, ...' from the sheet at the back of the church."""
    away: dict[str, set[date]] = {}
    for line in text.splitlines():
        name, sep, dates = line.partition(":")
        if not line.strip():
            continue
        if not sep:
            raise ValueError(f"expected 'name: dates', got {line!r}")
        days = away.setdefault(name.strip(), set())
        for item in dates.split(","):
            if item.strip():
                days.add(date.fromisoformat(item.strip()))
    return away
