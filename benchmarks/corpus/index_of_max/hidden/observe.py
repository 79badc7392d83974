"""Index of the largest value, ties and single values included."""

import random

from observing import attempt
from mod import index_of_max


def observe():
    rng = random.Random(9)
    cases = [[5], [3, 9, 4], [9, 3, 4], [1, 2, 3], [3, 2, 1], [2, 2, 1], [-5, -2, -9]]
    cases += [[rng.randint(-20, 20) for _ in range(rng.randint(1, 8))] for _ in range(30)]
    return [attempt(index_of_max, c) for c in cases]
