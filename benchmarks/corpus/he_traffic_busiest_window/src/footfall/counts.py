"""Visitor counts from the door sensors: one line per visit, 'HH:MM[:SS] door'."""

from __future__ import annotations


def hourly_counts(lines: list[str], opening: int = 0, closing: int = 24) -> list[int]:
    """Visits per hour from opening to closing (hours of the day); visits outside
    those hours and unreadable lines are left out."""
    counts = [0] * (closing - opening)
    for line in lines:
        stamp = line.split(maxsplit=1)[0] if line.strip() else ""
        hour = stamp.partition(":")[0]
        if not hour.isdigit():
            continue
        if opening <= int(hour) < closing:
            counts[int(hour) - opening] += 1
    return counts
