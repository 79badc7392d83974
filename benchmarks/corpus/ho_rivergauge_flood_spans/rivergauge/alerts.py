"""Flood warnings from a run of hourly gauge levels."""

from __future__ import annotations

from datetime import datetime, timedelta

WARNING_M = 2.5  # level at which the footpath under the bridge floods


def flood_spans(levels: list[float], threshold: float = WARNING_M) -> list[tuple[int, int]]:
    """(first hour, end hour) of each run of readings at or above threshold; the
    end hour is the first reading below it again, or len(levels)."""
    spans = []
    hour = 0
    while hour < len(levels):
        if levels[hour] < threshold:
            hour += 1
            continue
        start = hour
        while levels[hour] >= threshold:
            hour += 1
        spans.append((start, hour))
    return spans


def hours_above(levels: list[float], threshold: float = WARNING_M) -> int:
    return sum(end - start for start, end in flood_spans(levels, threshold))


def peak(levels: list[float]) -> tuple[int, float]:
    """The hour and level of the highest reading (the first, if it repeats)."""
    best = max(range(len(levels)), key=lambda hour: (levels[hour], -hour))
    return best, levels[best]


def alert(first: datetime, levels: list[float], threshold: float = WARNING_M) -> str:
    spans = flood_spans(levels, threshold)
    if not spans:
        return "no flooding"
    start, end = max(spans, key=lambda span: span[1] - span[0])
    hour, level = peak(levels[start:end])
    at = first + timedelta(hours=start)
    high = first + timedelta(hours=start + hour)
    return f"above {threshold} m for {end - start} h from {at:%H:%M}, peak {level} m at {high:%H:%M}"
