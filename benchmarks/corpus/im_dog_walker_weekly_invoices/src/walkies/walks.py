"""The walk log: one line per booked walk, kept in a text file on the phone."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Walk:
    client: str
    day: date
    minutes: int
    dogs: int = 1
    cancelled_late: bool = False


def parse_log(text: str) -> list[Walk]:
    """Lines like '2024-03-04 Hughes 60 2', with 'late' on the end for a walk the
    client called off on the day. Blank lines and '#' comments are skipped."""
    walks = []
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        parts = line.split()
        if len(parts) not in (4, 5) or (len(parts) == 5 and parts[4] != "late"):
            raise ValueError(f"line {number}: cannot read {line!r}")
        day, client, minutes, dogs = parts[:4]
        walks.append(Walk(client, date.fromisoformat(day), int(minutes), int(dogs), len(parts) == 5))
    return walks


def clients(walks: list[Walk]) -> list[str]:
    return sorted({walk.client for walk in walks})
