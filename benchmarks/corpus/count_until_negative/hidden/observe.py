"""Lists with a negative first, last, in the middle, or none."""

import random

from observing import attempt
from mod import count_until_negative


def observe():
    rng = random.Random(4)
    cases = [[], [-1], [1], [1, 2, -1, 4], [1, 2], [0, -0.5, 3], [5, 6, 7, -8]]
    cases += [[rng.randint(-3, 9) for _ in range(rng.randint(0, 8))] for _ in range(30)]
    return [attempt(count_until_negative, c) for c in cases]
