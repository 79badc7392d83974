"""The deck log from the Mary Jane: one line a string hauled.

    2024-06-03 KETTLE 40 7 12     # date, string, pots, lobsters kept, brown crab kept

Strings are shot (set) at the start of the season and re-baited and shot again
straight after every haul, so the pots on a string soak from one haul to the next.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Haul:
    day: date
    string: str
    pots: int
    lobsters: int
    crabs: int


def read_log(text: str) -> list[Haul]:
    hauls = []
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        day, string, pots, lobsters, crabs = line.split()
        hauls.append(Haul(date.fromisoformat(day), string, int(pots), int(lobsters), int(crabs)))
    return hauls


def landed_by_day(hauls: list[Haul]) -> dict[date, tuple[int, int]]:
    """(lobsters, crabs) landed each day, for the buyer's dockets."""
    landed: dict[date, tuple[int, int]] = {}
    for haul in hauls:
        lobsters, crabs = landed.get(haul.day, (0, 0))
        landed[haul.day] = (lobsters + haul.lobsters, crabs + haul.crabs)
    return landed
