"""Weekly summaries and alerts for the tank log."""

from __future__ import annotations

from collections import defaultdict

from .readings import Reading

SAFE_CELSIUS = (24.0, 27.0)
SAFE_PH = (6.5, 7.8)


def week_of(reading: Reading) -> str:
    year, week, _ = reading.day.isocalendar()
    return f"{year}-W{week:02d}"


def weekly_averages(readings: list[Reading]) -> dict[str, float]:
    """Mean water temperature per ISO week, rounded to a tenth of a degree."""
    by_week: dict[str, list[float]] = defaultdict(list)
    for reading in readings:
        by_week[week_of(reading)].append(reading.celsius)
    return {week: round(sum(temps), 1) / len(temps) for week, temps in sorted(by_week.items())}


def alerts(readings: list[Reading]) -> list[str]:
    found = []
    for reading in readings:
        if not SAFE_CELSIUS[0] <= reading.celsius <= SAFE_CELSIUS[1]:
            found.append(f"{reading.day}: water at {reading.celsius} °C")
        if not SAFE_PH[0] <= reading.ph <= SAFE_PH[1]:
            found.append(f"{reading.day}: pH {reading.ph}")
    return found
