"""Random soups on grids of several sizes, run for a few generations."""

import random

from observing import attempt
from life.board import population, run, step


def observe():
    rng = random.Random(321)
    results = [attempt(step, []), attempt(step, [[1]]), attempt(step, [[1, 1], [1, 1]])]
    for _ in range(40):
        rows, cols = rng.randint(1, 7), rng.randint(1, 7)
        grid = [[int(rng.random() < 0.4) for _ in range(cols)] for _ in range(rows)]
        results.append(attempt(step, grid))
        results.append(attempt(population, attempt(run, grid, 3)))
    return results
