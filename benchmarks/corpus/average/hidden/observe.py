"""Means of integer and float lists, including empty and single values."""

import random

from observing import attempt
from mod import average


def observe():
    rng = random.Random(1)
    cases = [[1, 2], [2, 4, 6], [5], [0], [], [-1, 2], [1, 1, 1, 2], [0.5, 0.25], [-3, -4]]
    cases += [[rng.randint(-50, 50) for _ in range(rng.randint(1, 9))] for _ in range(30)]
    return [attempt(average, c) for c in cases]
