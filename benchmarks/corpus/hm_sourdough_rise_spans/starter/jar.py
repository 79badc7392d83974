"""Readings from the camera over the sourdough jar: one line per reading,
`HH:MM height_mm`, as the script writes them (comments start with #)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Reading:
    time: str
    height: int  # mm of starter above the jar's bottom


def parse_line(line: str) -> Reading:
    time, height = line.split()
    hours, minutes = time.split(":")
    if not (0 <= int(hours) < 24 and 0 <= int(minutes) < 60):
        raise ValueError(f"bad time in {line!r}")
    return Reading(time, int(height))


def parse_log(text: str) -> list[Reading]:
    readings = []
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            readings.append(parse_line(line))
    return readings
