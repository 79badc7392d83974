"""Tide tables as the harbour office publishes them: one reading per line,
`HH:MM depth` with the depth of water over the causeway in metres."""

from __future__ import annotations


def to_minutes(clock: str) -> int:
    hours, minutes = clock.split(":")
    if not (0 <= int(hours) < 24 and 0 <= int(minutes) < 60):
        raise ValueError(f"bad time {clock!r}")
    return int(hours) * 60 + int(minutes)


def to_clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def parse_table(text: str) -> list[tuple[int, float]]:
    """(minute of the day, depth) pairs, in time order."""
    readings = []
    for line in text.splitlines():
        line = line.split("#")[0].strip()
        if not line:
            continue
        clock, depth = line.split()
        readings.append((to_minutes(clock), float(depth)))
    readings.sort()
    return readings
