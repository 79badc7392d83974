"""Lists with and without negative numbers."""

import random

from observing import attempt
from mod import has_negative


def observe():
    rng = random.Random(8)
    cases = [[], [0], [-1], [3, -1, 2], [1, 2], [-0.5], [0, 0, 0]]
    cases += [[rng.randint(-3, 9) for _ in range(rng.randint(0, 6))] for _ in range(30)]
    return [attempt(has_negative, c) for c in cases]
