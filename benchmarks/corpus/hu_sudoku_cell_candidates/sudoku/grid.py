"""A 9x9 grid as rows of digits, 0 for an empty cell."""

from __future__ import annotations

SIZE = 9
BOX = 3

Grid = list[list[int]]


def parse(text: str) -> Grid:
    """81 cells row by row, digits with '.' or '0' for empty; whitespace ignored."""
    cells = [0 if ch in ".0" else int(ch) for ch in text if not ch.isspace()]
    if len(cells) != SIZE * SIZE or any(not 0 <= cell <= SIZE for cell in cells):
        raise ValueError("a grid needs 81 cells")
    return [cells[r * SIZE:(r + 1) * SIZE] for r in range(SIZE)]


def show(grid: Grid) -> str:
    return "\n".join("".join(str(cell) if cell else "." for cell in row) for row in grid)


def row(grid: Grid, r: int) -> list[int]:
    return list(grid[r])


def column(grid: Grid, c: int) -> list[int]:
    return [grid[r][c] for r in range(SIZE)]


def box(grid: Grid, r: int, c: int) -> list[int]:
    top, left = r - r % BOX, c - c % BOX
    return [grid[i][j] for i in range(top, top + BOX) for j in range(left, left + BOX)]
