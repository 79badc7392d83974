"""Conway's Game of Life on a bounded grid (cells outside are dead)."""

from __future__ import annotations

Grid = list[list[int]]


def step(grid: Grid) -> Grid:
    """The next generation."""
    rows, cols = len(grid), len(grid[0]) if grid else 0

    def live_neighbours(r: int, c: int) -> int:
        count = 0
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if (dr or dc) and 0 <= r + dr < rows and 0 <= c + dc < cols:
                    count += grid[r + dr][c + dc]
        return count

    def survives(r: int, c: int) -> int:
        n = live_neighbours(r, c)
        return int(n == 3 or (grid[r][c] and n == 2))

    return [[survives(r, c) for c in range(cols)] for r in range(rows)]


def run(grid: Grid, generations: int) -> Grid:
    for _ in range(generations):
        grid = step(grid)
    return grid


def population(grid: Grid) -> int:
    return sum(map(sum, grid))
