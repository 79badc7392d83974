"""Sums of the positive values only."""

import random

from observing import attempt
from mod import sum_positive


def observe():
    rng = random.Random(16)
    cases = [[], [3, -2, 5], [-1], [0, 0], [1.5, -1.5]]
    cases += [[rng.randint(-9, 9) for _ in range(rng.randint(0, 8))] for _ in range(20)]
    return [attempt(sum_positive, c) for c in cases]
