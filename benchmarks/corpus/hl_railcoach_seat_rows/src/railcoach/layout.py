"""Where a seat is in a standard-class coach: four seats a row, two either side of
the aisle, numbered from 1 along each row from the left window, row by row from the
front."""

from __future__ import annotations

from dataclasses import dataclass

SEATS_PER_ROW = 4
ROWS = 16


@dataclass(frozen=True)
class Position:
    row: int  # from 1, at the front
    side: str  # "left" or "right" of the aisle
    place: str  # "window" or "aisle"


def seat_position(seat: int) -> Position:
    if not 1 <= seat <= SEATS_PER_ROW * ROWS:
        raise ValueError(f"no seat {seat} in this coach")
    row, index = divmod(seat, SEATS_PER_ROW)
    side = "left" if index < SEATS_PER_ROW // 2 else "right"
    place = "window" if index in (0, SEATS_PER_ROW - 1) else "aisle"
    return Position(row + 1, side, place)


def seats_in_row(row: int) -> list[int]:
    first = (row - 1) * SEATS_PER_ROW + 1
    return list(range(first, first + SEATS_PER_ROW))
