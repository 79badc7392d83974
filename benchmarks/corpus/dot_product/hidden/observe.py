"""Dot products of vectors of equal and unequal lengths."""

import random

from observing import attempt
from mod import dot


def observe():
    rng = random.Random(6)
    cases = [([], []), ([1, 2, 3], [4, 5, 6]), ([1, 0], [0, 1]), ([2], [3]), ([1, 2], [3]), ([-1, 2], [2, -1])]
    cases += [([rng.randint(-9, 9) for _ in range(4)], [rng.randint(-9, 9) for _ in range(4)]) for _ in range(20)]
    return [attempt(dot, xs, ys) for xs, ys in cases]
