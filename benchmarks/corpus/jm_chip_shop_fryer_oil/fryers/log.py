"""The fryer log kept on the clipboard by the range, typed up each week:

    2024-03-04  left   fry     5.5
    2024-03-04  left   top-up
    2024-03-05  right  change
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

ACTIONS = ("fry", "top-up", "change", "clean")


@dataclass(frozen=True)
class Entry:
    day: date
    fryer: str
    action: str
    hours: float = 0.0


def read_log(text: str) -> list[Entry]:
    entries = []
    for number, line in enumerate(text.splitlines(), start=1):
        words = line.split()
        if not words:
            continue
        if len(words) not in (3, 4) or words[2] not in ACTIONS:
            raise ValueError(f"line {number}: cannot read {line.strip()!r}")
        hours = float(words[3]) if len(words) == 4 else 0.0
        if (words[2] == "fry") != (len(words) == 4):
            raise ValueError(f"line {number}: only frying has hours")
        entries.append(Entry(date.fromisoformat(words[0]), words[1].lower(), words[2], hours))
    return entries
