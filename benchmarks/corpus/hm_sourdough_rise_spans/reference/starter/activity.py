"""How lively the starter was after a feed, from a day of jar readings."""

from __future__ import annotations

from .jar import Reading


def growth(readings: list[Reading]) -> int:
    if not readings:
        return 0
    heights = [r.height for r in readings]
    return max(heights) - min(heights)


def peaks(readings: list[Reading]) -> list[Reading]:
    """Readings higher than both neighbours (the first and last have only one)."""
    tops = []
    for i, reading in enumerate(readings):
        before = readings[i - 1].height if i > 0 else None
        after = readings[i + 1].height if i + 1 < len(readings) else None
        if (before is None or reading.height > before) and (after is None or reading.height > after):
            tops.append(reading)
    return tops


def rises(readings: list[Reading], min_length: int = 3) -> list[tuple[str, str]]:
    """Stretches where the starter grew from each reading to the next, at least
    min_length readings long, as (first time, last time)."""
    spans = []
    start = 0
    for i in range(1, len(readings) + 1):
        if i == len(readings) or readings[i].height <= readings[i - 1].height:
            if i - start >= min_length:
                spans.append((readings[start].time, readings[i - 1].time))
            start = i
    return spans


def ready(readings: list[Reading], fed_height: int) -> list[str]:
    """Times at which the starter had doubled since the feed (time to bake)."""
    return [r.time for r in readings if r.height >= 2 * fed_height]
