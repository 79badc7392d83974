"""Bins of apples as the packhouse weighs them in."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

CRATE_TARE_KG = 2.5  # an empty picking crate


@dataclass(frozen=True)
class Pick:
    picker: str
    block: str
    day: date
    crates: int
    gross_kg: float  # fruit and crates, on the weighbridge
    rejected: float = 0.0  # share of the fruit graded out at the packhouse


def fruit_kg(pick: Pick) -> float:
    return pick.gross_kg - pick.crates * CRATE_TARE_KG


def net_kg(pick: Pick) -> float:
    """Fruit that made the grade: what pickers are paid for."""
    return round(fruit_kg(pick) * (1 - pick.rejected), 2)
