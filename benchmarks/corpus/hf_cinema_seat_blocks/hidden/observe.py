"""Blocks of every size in fixed and random halls, and parties seated until sold out."""

import random

from cinema.hall import Hall
from observing import attempt


def observe():
    rng = random.Random(6565)
    results = []
    plans = ["A: .", "A: X", "A: ....", "A: X..X", "A: ..X..\nB: .....\nC: X...X"]
    for _ in range(40):
        width = rng.randint(1, 12)
        plans.append("\n".join(f"{'ABCDEFGH'[r]}: " + "".join(rng.choice("..X") for _ in range(width))
                               for r in range(rng.randint(1, 6))))
    for plan in plans:
        hall = Hall(plan)
        for row in hall.rows:
            for size in range(0, len(hall.rows[row]) + 2):
                results.append(attempt(hall.free_blocks, row, size))
        for _ in range(6):
            results.append(attempt(hall.best_seats, rng.randint(1, 4)))
        results.append(str(hall))
    return results
