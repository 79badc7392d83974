"""A crossword grid: '#' is a block, anything else an open cell ('.' when empty,
or the letter filled in)."""

from __future__ import annotations


class GridError(ValueError):
    pass


class Grid:
    def __init__(self, rows: list[str]) -> None:
        if not rows or any(len(row) != len(rows[0]) for row in rows):
            raise GridError("a grid is a non-empty rectangle")
        self.rows = rows
        self.height = len(rows)
        self.width = len(rows[0])

    @classmethod
    def parse(cls, text: str) -> "Grid":
        return cls([line.strip() for line in text.strip().splitlines()])

    def is_open(self, row: int, col: int) -> bool:
        return 0 <= row < self.height and 0 <= col < self.width and self.rows[row][col] != "#"

    def run_length(self, row: int, col: int, drow: int, dcol: int) -> int:
        """Open cells from (row, col) onwards in the direction (drow, dcol)."""
        length = 0
        while self.is_open(row + length * drow, col + length * dcol):
            length += 1
        return length

    def letters(self, row: int, col: int, drow: int, dcol: int) -> str:
        return "".join(self.rows[row + i * drow][col + i * dcol] for i in range(self.run_length(row, col, drow, dcol)))
