"""The picking log: every poke (sack) of green hops weighed in at the oast door.

The pickers' tally sheet is typed up one poke a line as `garden, variety, kg`.
Varieties go by several names in the gardens; they are put back to the names the
brewers buy under.
"""

from __future__ import annotations

from dataclasses import dataclass

VARIETY_NAMES = {
    "fuggle": "Fuggle",
    "fuggles": "Fuggle",
    "goldings": "Goldings",
    "ekg": "Goldings",
    "east kent goldings": "Goldings",
    "bramling cross": "Bramling Cross",
    "bramling": "Bramling Cross",
    "challenger": "Challenger",
}


@dataclass(frozen=True)
class Poke:
    garden: str
    variety: str
    kg: float


def read_pokes(text: str) -> list[Poke]:
    """The pokes in the order they were weighed in; blank lines and '#' notes skipped."""
    pokes = []
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        garden, variety, kg = (part.strip() for part in line.split(","))
        if variety.lower() not in VARIETY_NAMES:
            raise ValueError(f"line {number}: unknown variety {variety!r}")
        pokes.append(Poke(garden, VARIETY_NAMES[variety.lower()], float(kg)))
    return pokes
