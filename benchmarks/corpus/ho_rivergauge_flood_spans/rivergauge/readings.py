"""Hourly levels from the gauge's CSV export: 'timestamp,level_m', one row an hour."""

from __future__ import annotations

from datetime import datetime, timedelta


def parse_levels(text: str) -> tuple[datetime, list[float]]:
    """The time of the first reading and the levels after it, one an hour."""
    first = None
    levels: list[float] = []
    for line in text.strip().splitlines()[1:]:
        stamp, level = line.split(",")
        when = datetime.fromisoformat(stamp.strip())
        if first is None:
            first = when
        elif when != first + timedelta(hours=len(levels)):
            raise ValueError(f"gap or repeat at {stamp}")
        levels.append(float(level))
    if first is None:
        raise ValueError("no readings")
    return first, levels


def level_at(levels: list[float], hour: float) -> float:
    """The level between two readings, by straight line."""
    if not 0 <= hour <= len(levels) - 1:
        raise ValueError(f"hour {hour} outside the record")
    below = int(hour)
    if below == len(levels) - 1:
        return levels[below]
    share = hour - below
    return levels[below] + (levels[below + 1] - levels[below]) * share
