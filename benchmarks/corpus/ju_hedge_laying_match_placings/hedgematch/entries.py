"""Entries and judges' marks.

Each competitor lays a plot of hedge in their class. The judges mark the plot under
five heads; the stewards take LATE_POINTS off for every five minutes, or part of
five minutes, a competitor works past the time allowed for the class.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

HEADS = ("cutting", "pleaching", "staking", "binding", "finish")
TIME_ALLOWED = {"novice": 300, "intermediate": 330, "open": 360}  # minutes
LATE_POINTS = 1


@dataclass
class Entry:
    number: int
    name: str
    cls: str
    marks: dict[str, int]
    minutes: int

    @property
    def marks_awarded(self) -> int:
        return sum(self.marks.get(head, 0) for head in HEADS)

    @property
    def time_penalty(self) -> int:
        over = self.minutes - TIME_ALLOWED[self.cls]
        return math.ceil(over / 5) * LATE_POINTS if over > 0 else 0

    @property
    def score(self) -> int:
        return self.marks_awarded - self.time_penalty


def read_card(line: str) -> Entry:
    """One judging card as typed up: 'number|name|class|marks under each head|minutes'."""
    number, name, cls, marks, minutes = (part.strip() for part in line.split("|"))
    if cls not in TIME_ALLOWED:
        raise ValueError(f"plot {number}: no class {cls!r}")
    values = [int(m) for m in marks.split(",")]
    if len(values) != len(HEADS):
        raise ValueError(f"plot {number}: {len(values)} marks for {len(HEADS)} heads")
    return Entry(int(number), name, cls, dict(zip(HEADS, values)), int(minutes))
