"""Streaks: runs of consecutive days with at least one check-in."""

from __future__ import annotations

import datetime

ONE_DAY = datetime.timedelta(days=1)


def longest_streak(days: list[datetime.date]) -> int:
    best = current = 0
    previous = None
    for day in sorted(set(days)):
        if previous is not None and day - previous == ONE_DAY:
            current += 1
        else:
            current = 1
        best = max(best, current)
        previous = day
    return best


def current_streak(days: list[datetime.date], today: datetime.date) -> int:
    """The streak still going today; a streak that reached yesterday still counts,
    as today's check-in may come later."""
    done = set(days)
    day = today if today in done else today - ONE_DAY
    count = 0
    while day in done:
        count += 1
        day -= ONE_DAY
    return count


def summary(checkins: dict[str, list[datetime.date]], today: datetime.date) -> list[tuple[str, int, int]]:
    """(habit, current streak, longest streak), longest current streak first."""
    rows = [(habit, current_streak(days, today), longest_streak(days)) for habit, days in checkins.items()]
    return sorted(rows, key=lambda row: (-row[1], row[0]))
