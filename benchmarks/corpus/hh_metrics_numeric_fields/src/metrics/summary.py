"""Totals and averages of the measurements events carry."""

from __future__ import annotations

from .events import by_kind


def measurements(event: dict) -> dict[str, int | float]:
    """The event's numeric fields; flags such as "cached": true are not measurements."""
    return {
        key: value
        for key, value in event.items()
        if isinstance(value, (int, float))
    }


def totals(events: list[dict]) -> dict[str, int | float]:
    sums: dict[str, int | float] = {}
    for event in events:
        for key, value in measurements(event).items():
            sums[key] = sums.get(key, 0) + value
    return sums


def averages(events: list[dict]) -> dict[str, float]:
    """Each measurement's mean over the events that have it."""
    sums: dict[str, float] = {}
    counts: dict[str, int] = {}
    for event in events:
        for key, value in measurements(event).items():
            sums[key] = sums.get(key, 0) + value
            counts[key] = counts.get(key, 0) + 1
    return {key: sums[key] / counts[key] for key in sums}


def report(events: list[dict]) -> dict[str, dict[str, float]]:
    return {kind: averages(group) for kind, group in by_kind(events).items()}
