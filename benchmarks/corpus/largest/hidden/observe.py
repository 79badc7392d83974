"""The largest of lists of numbers and strings."""

import random

from observing import attempt
from mod import largest


def observe():
    rng = random.Random(10)
    cases = [[3, 8, 1], [1], [-5, -2], [], ["b", "a", "c"], [2.5, 2]]
    cases += [[rng.randint(-99, 99) for _ in range(rng.randint(1, 9))] for _ in range(30)]
    return [attempt(largest, c) for c in cases]
