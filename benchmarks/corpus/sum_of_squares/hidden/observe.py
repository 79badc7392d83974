"""Sums of squares of positive, negative and empty lists."""

import random

from observing import attempt
from mod import sum_of_squares


def observe():
    rng = random.Random(15)
    cases = [[], [1, 2, 3], [0], [-2], [2], [1.5, -0.5]]
    cases += [[rng.randint(-9, 9) for _ in range(rng.randint(0, 6))] for _ in range(20)]
    return [attempt(sum_of_squares, c) for c in cases]
