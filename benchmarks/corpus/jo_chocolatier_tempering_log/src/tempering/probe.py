"""The kettle probe's log: one reading a line, 'mm:ss temperature', time since the
kettle was switched on. Lines starting with '#' are the logger's own notes."""

from __future__ import annotations


def parse_log(text: str) -> list[tuple[int, float]]:
    """(seconds, degrees C) for each reading, in the order they are in the file."""
    readings = []
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        stamp, _, temp = line.partition(" ")
        minutes, colon, seconds = stamp.partition(":")
        if not colon or not temp:
            raise ValueError(f"line {number}: expected 'mm:ss temperature', got {line!r}")
        readings.append((int(minutes) * 60 + int(seconds), float(temp)))
    return readings
