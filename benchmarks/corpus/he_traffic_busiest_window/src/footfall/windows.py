"""Moving windows over hourly counts."""

from __future__ import annotations


def rolling_average(counts: list[int], width: int) -> list[float]:
    """The average of every `width` consecutive hours, in order."""
    if width <= 0:
        raise ValueError("the window must be at least one hour")
    return [sum(counts[start:start + width]) / width for start in range(len(counts) - width + 1)]


def busiest_window(counts: list[int], width: int) -> tuple[int, int]:
    """(first hour, visits) of the `width` consecutive hours with the most visits;
    the earliest such window if several tie."""
    if width <= 0 or width > len(counts):
        raise ValueError(f"no window of {width} hours in {len(counts)}")
    best_start = 0
    best_total = total = sum(counts[:width])
    for start in range(1, len(counts) - width):
        total += counts[start + width - 1] - counts[start - 1]
        if total > best_total:
            best_start, best_total = start, total
    return best_start, best_total


def quiet_hours(counts: list[int], threshold: int) -> list[int]:
    return [hour for hour, count in enumerate(counts) if count < threshold]
