"""One lot in a sale, as the cataloguers type it into the export."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Lot:
    number: int
    title: str
    low: int  # estimate, whole pounds
    high: int
    reserve: int = 0  # 0: sold without reserve

    @property
    def estimate(self) -> str:
        return f"£{self.low:,}-£{self.high:,}"


def parse_lot(line: str) -> Lot:
    """`number|title|low|high` or `number|title|low|high|reserve`. Raises ValueError
    when the line is not a lot: wrong number of fields, an empty title, amounts that
    are not whole pounds, an estimate upside down or a reserve above the low estimate."""
    fields = [field.strip() for field in line.split("|")]
    if len(fields) not in (4, 5):
        raise ValueError(f"expected 4 or 5 fields, got {len(fields)}")
    number, title, low, high = int(fields[0]), fields[1], int(fields[2]), int(fields[3])
    reserve = int(fields[4]) if len(fields) == 5 else 0
    if not title:
        raise ValueError("lot has no title")
    if number <= 0 or low < 0 or high < low:
        raise ValueError(f"lot {number}: bad number or estimate")
    if reserve > low:
        raise ValueError(f"lot {number}: the reserve may not exceed the low estimate")
    return Lot(number, title, low, high, reserve)
