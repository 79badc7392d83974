"""Scoresheets as the club's scoring app exports them: one line of six arrows per end."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

ARROW_VALUES = {"X": 10, "M": 0, **{str(n): n for n in range(1, 11)}}
ARROWS_PER_END = 6


def arrow_value(mark: str) -> int:
    """The score of one arrow as written on the sheet: 1-10, X (inner ten) or M (miss)."""
    mark = mark.strip().upper()
    if mark not in ARROW_VALUES:
        raise ValueError(f"not an arrow value: {mark!r}")
    return ARROW_VALUES[mark]


@dataclass
class Scoresheet:
    archer: str
    bow: str  # "recurve", "compound", "barebow" or "longbow"
    shot_on: date
    witnessed: bool = False  # shot at a club target day, countersigned by a scorer
    ends: list[list[str]] = field(default_factory=list)

    def add_end(self, line: str) -> None:
        marks = [mark.upper() for mark in line.split()]
        if len(marks) != ARROWS_PER_END:
            raise ValueError(f"an end is {ARROWS_PER_END} arrows: {line!r}")
        for mark in marks:
            arrow_value(mark)
        self.ends.append(marks)

    @property
    def arrows_shot(self) -> int:
        return sum(len(end) for end in self.ends)

    @property
    def score(self) -> int:
        return sum(arrow_value(mark) for end in self.ends for mark in end)

    @property
    def hits(self) -> int:
        return sum(1 for end in self.ends for mark in end if mark != "M")

    @property
    def golds(self) -> int:
        """Arrows in the gold: tens, inner tens included."""
        return sum(1 for end in self.ends for mark in end if mark in ("10", "X"))


def read_sheet(archer: str, bow: str, shot_on: date, text: str, witnessed: bool = False) -> Scoresheet:
    sheet = Scoresheet(archer, bow, shot_on, witnessed)
    for line in text.splitlines():
        if line.strip():
            sheet.add_end(line)
    return sheet
