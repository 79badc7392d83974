from __future__ import annotations

from datetime import date, datetime

from .readings import Reading


def daily_range(readings: list[Reading]) -> dict[date, tuple[float, float]]:
    days: dict[date, tuple[float, float]] = {}
    for reading in readings:
        low, high = days.get(reading.at.date(), (reading.celsius, reading.celsius))
        days[reading.at.date()] = (min(low, reading.celsius), max(high, reading.celsius))
    return days


def swings(readings: list[Reading], threshold: float) -> list[tuple[datetime, float]]:
    """Times at which the temperature moved by at least `threshold` since the
    reading before, with the change (negative for a drop)."""
    found = []
    previous = None
    for reading in readings:
        if previous is not None:
            change = round(reading.celsius - previous.celsius, 1)
            if abs(change) >= threshold:
                found.append((previous.at, change))
        previous = reading
    return found


def mean_humidity(readings: list[Reading]) -> float | None:
    if not readings:
        return None
    return sum(r.humidity for r in readings) / len(readings)
