"""The domes and how their seats are labelled on tickets."""

from __future__ import annotations

from dataclasses import dataclass

ROW_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # no I or O: they read as 1 and 0


@dataclass(frozen=True)
class Dome:
    name: str
    rows: tuple[int, ...]  # seats in each row, front row first

    def __post_init__(self) -> None:
        if not self.rows or len(self.rows) > len(ROW_LETTERS) or min(self.rows) < 1:
            raise ValueError(f"bad rows for {self.name}: {self.rows}")

    @property
    def capacity(self) -> int:
        return sum(self.rows)

    def label(self, row: int, seat: int) -> str:
        """The ticket label of a seat: row letter, then seat number from 1."""
        if not 1 <= seat <= self.rows[row]:
            raise IndexError(f"row {ROW_LETTERS[row]} has no seat {seat}")
        return f"{ROW_LETTERS[row]}{seat}"


STAR_DOME = Dome("Star Dome", (8, 10, 12, 12, 14))
MINI_DOME = Dome("Mini Dome", (6, 6, 8))
