"""The tally book from the daffodil fields.

Pickers bring their bunches (ten stems, one rubber band) back to the trailer in
crates, and the tallyman writes one line a crate:

    2025-02-17 Kasia 48

A line the tallyman has crossed out (miscounted, counted again on the next line)
ends in " x" and is not a crate. Lines starting with '#' are notes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Crate:
    day: date
    picker: str
    bunches: int


def read_tally(text: str) -> list[Crate]:
    crates = []
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split()
        if parts[-1] == "x":
            continue
        if len(parts) != 3:
            raise ValueError(f"line {number}: expected day, picker and bunches: {line!r}")
        day, picker, bunches = parts
        crates.append(Crate(date.fromisoformat(day), picker, int(bunches)))
    return crates


def pickers(crates: list[Crate]) -> list[str]:
    return sorted({crate.picker for crate in crates})
