"""Pencil marks and single-candidate solving on random holes in solved grids."""

import random

from observing import attempt
from sudoku.grid import parse, show
from sudoku.solver import candidates, dead_ends, fill_singles

SOLVED = [
    "534678912672195348198342567859761423426853791713924856961537284287419635345286179",
    "123456789456789123789123456214365897365897214897214365531642978642978531978531642",
]


def marks(grid):
    return [[sorted(candidates(grid, r, c)) for c in range(9)] for r in range(9)]


def solve(grid):
    solved, filled = fill_singles(grid)
    return show(solved), filled


def observe():
    rng = random.Random(1999)
    results = []
    empty = parse("." * 81)
    results.append((marks(empty), attempt(solve, empty), dead_ends(empty)))
    for text in SOLVED:
        full = parse(text)
        results.append((marks(full), attempt(solve, full), dead_ends(full)))
        for r in range(9):
            for c in range(9):
                grid = parse(text)
                grid[r][c] = 0
                results.append(attempt(candidates, grid, r, c))
    for _ in range(100):
        cells = list(rng.choice(SOLVED))
        for i in rng.sample(range(81), rng.randint(1, 60)):
            cells[i] = "."
        if rng.random() < 0.2:
            cells[rng.randrange(81)] = str(rng.randint(1, 9))
        grid = parse("".join(cells))
        results.append((marks(grid), attempt(solve, grid), dead_ends(grid)))
    return results
