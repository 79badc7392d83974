"""Runs as the watch exports them."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Run:
    date: str
    distance_m: int
    elapsed_s: int


def parse_duration(text: str) -> int:
    """Seconds in "h:mm:ss" or "mm:ss"."""
    seconds = 0
    for part in text.strip().split(":"):
        seconds = seconds * 60 + int(part)
    return seconds


def parse_run(line: str) -> Run:
    """ "2024-05-04 10.2km 52:30" -> Run("2024-05-04", 10200, 3150)."""
    day, distance, duration = line.split()
    if distance.endswith("km"):
        metres = round(float(distance[:-2]) * 1000)
    elif distance.endswith("m"):
        metres = int(distance[:-1])
    else:
        raise ValueError(f"no unit on {distance!r}")
    return Run(day, metres, parse_duration(duration))
