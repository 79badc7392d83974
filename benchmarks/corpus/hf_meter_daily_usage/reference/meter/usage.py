"""Daily consumption from the meter's counter."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from meter.readings import Reading


def daily_usage(readings: list[Reading]) -> dict[date, float]:
    """kWh used per day: what the counter went up by since the reading before, counted
    on the day of the later reading. A counter lower than the one before means the
    meter was replaced, and the new one started from zero."""
    usage: dict[date, float] = defaultdict(float)
    previous = None
    for reading in sorted(readings, key=lambda r: r.taken):
        if previous is not None:
            used = reading.kwh - previous.kwh
            if used < 0:
                used = reading.kwh
            usage[reading.taken.date()] += used
        previous = reading
    return dict(usage)


def total_between(readings: list[Reading], first: date, last: date) -> float:
    return sum(kwh for day, kwh in daily_usage(readings).items() if first <= day <= last)


def peak_day(readings: list[Reading]) -> date | None:
    usage = daily_usage(readings)
    return max(usage, key=lambda day: (usage[day], day)) if usage else None
