"""Drivers offering seats and riders asking for one, for the office's morning
car pool. Times are "HH:MM" on the day."""

from __future__ import annotations

from dataclasses import dataclass


def minutes(clock: str) -> int:
    hours, mins = clock.split(":")
    if not (0 <= int(hours) < 24 and 0 <= int(mins) < 60):
        raise ValueError(f"not a time of day: {clock!r}")
    return int(hours) * 60 + int(mins)


@dataclass
class Driver:
    name: str
    destination: str
    leaves: str
    seats: int = 3

    @property
    def departure(self) -> int:
        return minutes(self.leaves)


@dataclass
class Rider:
    name: str
    destination: str
    wants: str

    @property
    def ready(self) -> int:
        return minutes(self.wants)
