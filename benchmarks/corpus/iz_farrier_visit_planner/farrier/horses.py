from __future__ import annotations

from dataclasses import dataclass
from datetime import date

SHOD_WEEKS = 6  # shod horses are reshod every six weeks
BAREFOOT_WEEKS = 8  # barefoot horses have a trim every eight


@dataclass
class Horse:
    name: str
    yard: str
    shod: bool = True
    last_visit: date | None = None
    retired: bool = False  # out at grass: not ridden, so never shod, but still trimmed

    def interval_weeks(self) -> int:
        return SHOD_WEEKS if self.shod else BAREFOOT_WEEKS


def parse_horse(line: str) -> Horse:
    """'name | yard | shod/barefoot/retired | last visit (YYYY-MM-DD or blank)'."""
    name, yard, kind, last = (part.strip() for part in line.split("|"))
    if kind not in ("shod", "barefoot", "retired"):
        raise ValueError(f"unknown kind {kind!r}")
    return Horse(name, yard, kind == "shod", date.fromisoformat(last) if last else None, kind == "retired")
