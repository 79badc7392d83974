"""Heating degree days from the forecast highs and lows (Fahrenheit)."""

from __future__ import annotations

from datetime import date

BASE_F = 65  # no heating is needed when the day's mean is at or above this


def degree_days(high_f: float, low_f: float) -> float:
    return max(0.0, BASE_F - (high_f + low_f) / 2)


def parse_forecast(text: str) -> list[tuple[date, float, float]]:
    """Lines of 'YYYY-MM-DD high low' from the weather service feed, in date order."""
    days = []
    for line in text.splitlines():
        if not line.strip():
            continue
        day, high, low = line.split()
        high_f, low_f = float(high), float(low)
        if low_f > high_f:
            raise ValueError(f"{day}: low above high")
        days.append((date.fromisoformat(day), high_f, low_f))
    return days
