"""What volunteers write in the fridge log when food comes in."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

USE_BY = "use by"
BEST_BEFORE = "best before"


@dataclass(frozen=True)
class Item:
    name: str
    donor: str
    grams: int
    date_kind: str  # USE_BY or BEST_BEFORE
    date: date
    chilled: bool = True
    opened: bool = False


def parse_entry(line: str) -> Item:
    """'name; donor; grams; ub|bb YYYY-MM-DD; flags' where flags may hold 'ambient' and/or 'opened'."""
    fields = [field.strip() for field in line.split(";")]
    if len(fields) not in (4, 5):
        raise ValueError(f"expected 4 or 5 fields: {line!r}")
    name, donor, grams, dated = fields[:4]
    flags = fields[4].split() if len(fields) == 5 else []
    kind, _, day = dated.partition(" ")
    kinds = {"ub": USE_BY, "bb": BEST_BEFORE}
    if kind not in kinds:
        raise ValueError(f"date must start 'ub' or 'bb': {dated!r}")
    return Item(name, donor, int(grams), kinds[kind], date.fromisoformat(day), "ambient" not in flags, "opened" in flags)
