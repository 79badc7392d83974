"""The thermometer log for the compost bays: one line per probe reading.

    2024-07-03 B 61.5   # date, bay, degrees C at the core

A bay is probed in two or three places; what counts for the day is the coolest
reading, since the whole heap has to get hot, not just its middle.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date


def daily_lows(text: str) -> dict[str, list[tuple[date, float]]]:
    """For each bay, (day, coolest reading) in date order."""
    lows: dict[str, dict[date, float]] = defaultdict(dict)
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        try:
            day_text, bay, reading = line.split()
            day, temp = date.fromisoformat(day_text), float(reading)
        except ValueError:
            raise ValueError(f"line {number}: expected 'date bay degrees', got {line!r}") from None
        bay = bay.upper()
        lows[bay][day] = min(temp, lows[bay].get(day, temp))
    return {bay: sorted(days.items()) for bay, days in sorted(lows.items())}
