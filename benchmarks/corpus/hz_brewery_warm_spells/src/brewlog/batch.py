"""What the head brewer wants to know about a batch from its log."""

from __future__ import annotations

from brewlog.readings import Reading, abv


def warm_spells(readings: list[Reading], limit: float) -> list[tuple[int, int]]:
    """Runs of readings above `limit` degrees, as (first day, last day) of each run.
    A run still going at the last reading ends there."""
    spells = []
    start = None
    last_warm = None
    for reading in readings:
        if reading.temperature > limit:
            if start is None:
                start = reading.day
            last_warm = reading.day
        elif start is not None:
            spells.append((start, last_warm))
    if start is not None:
        spells.append((start, last_warm))
    return spells


def summary(readings: list[Reading], limit: float = 22.0) -> dict[str, object]:
    original, final = readings[0].gravity, readings[-1].gravity
    return {
        "days": readings[-1].day - readings[0].day,
        "abv": abv(original, final),
        "warm_spells": warm_spells(readings, limit),
    }
