"""Products of empty, single and longer lists."""

import random

from observing import attempt
from mod import product


def observe():
    rng = random.Random(13)
    cases = [[], [5], [2, 3, 4], [0, 9], [-1, -1], [1.5, 2]]
    cases += [[rng.randint(-5, 5) for _ in range(rng.randint(0, 5))] for _ in range(20)]
    return [attempt(product, c) for c in cases]
