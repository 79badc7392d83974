"""Safe windows: runs of readings where the water over the causeway is no deeper
than the walker's limit. A window runs from its first reading to its last."""

from __future__ import annotations

from tidewalk.table import to_clock

DEFAULT_LIMIT = 0.3  # metres: about ankle deep


def safe_windows(readings: list[tuple[int, float]], limit: float = DEFAULT_LIMIT) -> list[tuple[int, int]]:
    windows = []
    i = 0
    while i < len(readings):
        if readings[i][1] > limit:
            i += 1
            continue
        start = readings[i][0]
        while i < len(readings) and readings[i][1] <= limit:
            i += 1
        windows.append((start, readings[i - 1][0]))
    return windows


def next_crossing(readings: list[tuple[int, float]], now: int, walk_minutes: int,
                  limit: float = DEFAULT_LIMIT) -> int | None:
    """The earliest minute from `now` at which a walk of walk_minutes stays dry, or None."""
    for start, end in safe_windows(readings, limit):
        leave = max(start, now)
        if end - leave >= walk_minutes:
            return leave
    return None


def describe(readings: list[tuple[int, float]], limit: float = DEFAULT_LIMIT) -> list[str]:
    return [f"{to_clock(start)}-{to_clock(end)}" for start, end in safe_windows(readings, limit)]
