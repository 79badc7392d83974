"""Show entries as the ring steward's sheet has them after judging."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass


@dataclass(frozen=True)
class Entry:
    dog: str
    breed: str
    sex: str  # "D" for dogs, "B" for bitches
    placement: int | None = None  # 1 for the winner of its breed and sex
    absent: bool = False


def read_results(text: str) -> list[Entry]:
    """CSV with columns dog, breed, sex, placement (blank if unplaced or absent:
    `A` when absent)."""
    entries = []
    for row in csv.DictReader(io.StringIO(text.strip())):
        mark = row["placement"].strip()
        absent = mark.upper() == "A"
        placement = int(mark) if mark.isdigit() else None
        entries.append(Entry(row["dog"].strip(), row["breed"].strip(), row["sex"].strip().upper(), placement, absent))
    return entries
