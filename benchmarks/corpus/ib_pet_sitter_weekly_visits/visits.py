from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time


@dataclass(frozen=True)
class Visit:
    pet: str
    day: date
    start: time
    minutes: int = 30


def parse_visit(line: str) -> Visit:
    """'Biscuit 2024-03-04 08:30 45' -> a Visit (minutes optional)."""
    parts = line.split()
    pet, when = parts[0], datetime.strptime(f"{parts[1]} {parts[2]}", "%Y-%m-%d %H:%M")
    minutes = int(parts[3]) if len(parts) > 3 else 30
    return Visit(pet, when.date(), when.time(), minutes)
