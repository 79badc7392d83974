"""Running totals of empty, negative and longer lists."""

import random

from observing import attempt
from mod import running_totals


def observe():
    rng = random.Random(14)
    cases = [[], [5], [1, 2, 3], [-1, 1, -1], [0, 0]]
    cases += [[rng.randint(-9, 9) for _ in range(rng.randint(0, 8))] for _ in range(20)]
    return [attempt(running_totals, c) for c in cases]
