"""Means of lists, and zero for empty ones."""

import random

from observing import attempt
from mod import mean_or_zero


def observe():
    rng = random.Random(11)
    cases = [[], [0], [1, 2, 3], [-2, 2], [1.5], [7, 8]]
    cases += [[rng.randint(-30, 30) for _ in range(rng.randint(0, 6))] for _ in range(30)]
    return [attempt(mean_or_zero, c) for c in cases]
