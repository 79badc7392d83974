"""Public holidays: fixed dates and the ones that move with Easter."""

from __future__ import annotations

from datetime import date, timedelta

FIXED = {(1, 1): "New Year's Day", (4, 27): "King's Day", (12, 25): "Christmas Day", (12, 26): "Boxing Day"}
EASTER_OFFSETS = {1: "Easter Monday", 39: "Ascension Day", 50: "Whit Monday"}


def easter(year: int) -> date:
    """Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return date(year, month, day + 1)


def holidays(year: int) -> dict[date, str]:
    days = {date(year, month, day): name for (month, day), name in FIXED.items()}
    sunday = easter(year)
    for offset, name in EASTER_OFFSETS.items():
        days[sunday + timedelta(days=offset)] = name
    return days
