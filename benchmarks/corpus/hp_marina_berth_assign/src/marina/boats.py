"""Visiting boats as the harbour office writes them down on arrival."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Boat:
    name: str
    length_m: float
    beam_m: float
    draft_m: float


def parse_boat(line: str) -> Boat:
    """'Name; length; beam; draft' from the arrivals sheet (decimal commas allowed)."""
    name, *sizes = (part.strip() for part in line.split(";"))
    if not name or len(sizes) != 3:
        raise ValueError(f"bad boat line: {line!r}")
    length, beam, draft = (float(size.replace(",", ".")) for size in sizes)
    if min(length, beam, draft) <= 0:
        raise ValueError(f"bad boat size: {line!r}")
    return Boat(name, length, beam, draft)
