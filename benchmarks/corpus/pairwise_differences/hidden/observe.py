"""Differences of neighbours in short and longer lists."""

import random

from observing import attempt
from mod import pairwise_differences


def observe():
    rng = random.Random(12)
    cases = [[], [7], [1, 4], [1, 4, 9, 16], [5, 3, 1]]
    cases += [[rng.randint(-9, 9) for _ in range(rng.randint(0, 8))] for _ in range(20)]
    return [attempt(pairwise_differences, c) for c in cases]
