"""The first even number in lists with none, one or several."""

import random

from observing import attempt
from mod import first_even


def observe():
    rng = random.Random(7)
    cases = [[], [1, 3], [2], [1, 4, 6, 7], [0, 2], [-2, 4], [3, 5, 8]]
    cases += [[rng.randint(-9, 9) for _ in range(rng.randint(0, 7))] for _ in range(30)]
    return [attempt(first_even, c) for c in cases]
