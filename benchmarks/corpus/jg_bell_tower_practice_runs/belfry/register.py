"""The practice register as the tower secretary keeps it, one night a line:

    2024-09-03: Ann, Bill, Carol | Plain Bob Doubles, Grandsire Doubles
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class PracticeNight:
    day: date
    present: frozenset[str]
    methods: tuple[str, ...] = ()


def read_register(text: str) -> list[PracticeNight]:
    nights = []
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        day, sep, rest = line.partition(":")
        if not sep:
            raise ValueError(f"line {number}: no date")
        names, _, methods = rest.partition("|")
        present = frozenset(name.strip() for name in names.split(",") if name.strip())
        rung = tuple(m.strip() for m in methods.split(",") if m.strip())
        nights.append(PracticeNight(date.fromisoformat(day.strip()), present, rung))
    return nights
