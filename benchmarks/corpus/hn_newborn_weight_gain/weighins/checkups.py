"""Weigh-ins from the midwife's visits: "day grams" a line, day 0 being the birth."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Checkup:
    day: int
    grams: int


def parse_visits(text: str) -> list[Checkup]:
    """Checkups in day order; blank lines and lines starting with # are skipped."""
    checkups = []
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        day, grams = line.split()
        checkups.append(Checkup(int(day), int(grams)))
    checkups.sort(key=lambda checkup: checkup.day)
    for before, after in zip(checkups, checkups[1:]):
        if before.day == after.day:
            raise ValueError(f"two weigh-ins on day {after.day}")
    return checkups
