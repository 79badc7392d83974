"""The cage book: cylinders going out to customers and coming back."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Movement:
    on: date
    serial: str  # stamped on the cylinder collar
    customer: str
    size: str  # "propane 13kg", "butane 7kg", ...
    out: bool  # True when it leaves the cage, False when it comes back


def read_book(text: str) -> list[Movement]:
    """'YYYY-MM-DD OUT|IN serial customer size...' a line; blank lines skipped."""
    movements = []
    for line in text.splitlines():
        if not line.strip():
            continue
        day, direction, serial, customer, size = line.split(maxsplit=4)
        if direction not in ("OUT", "IN"):
            raise ValueError(f"{serial}: direction must be OUT or IN, not {direction!r}")
        movements.append(Movement(date.fromisoformat(day), serial, customer, size.strip(), direction == "OUT"))
    return movements
