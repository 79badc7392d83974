"""Pencil marks and the easy part of solving: cells with a single candidate."""

from __future__ import annotations

import copy

from sudoku.grid import SIZE, Grid, box, column, row


def candidates(grid: Grid, r: int, c: int) -> set[int]:
    """The digits that could go in cell (r, c): none if it is filled, else those not
    already in its row, its column or its box."""
    if grid[r][c]:
        return set()
    used = set(row(grid, r)) | set(column(grid, c)) | set(box(grid, r, c))
    return set(range(1, SIZE)) - used


def fill_singles(grid: Grid) -> tuple[Grid, int]:
    """A copy of the grid with every cell that has one candidate filled in, again
    until none is left; and how many cells were filled."""
    grid = copy.deepcopy(grid)
    filled = 0
    progress = True
    while progress:
        progress = False
        for r in range(SIZE):
            for c in range(SIZE):
                options = candidates(grid, r, c)
                if len(options) == 1:
                    grid[r][c] = options.pop()
                    filled += 1
                    progress = True
    return grid, filled


def dead_ends(grid: Grid) -> list[tuple[int, int]]:
    """Empty cells that nothing can go in: the grid has a mistake."""
    return [(r, c) for r in range(SIZE) for c in range(SIZE) if not grid[r][c] and not candidates(grid, r, c)]
