"""Values below, inside, at and above the bounds."""

import random

from observing import attempt
from mod import clamp


def observe():
    rng = random.Random(3)
    cases = [(5, 0, 10), (-3, 0, 10), (12, 0, 10), (0, 0, 10), (10, 0, 10), (0.5, 0, 1), (-1, -5, -2), (3, 3, 3)]
    cases += [(rng.randint(-20, 20), rng.randint(-10, 0), rng.randint(0, 10)) for _ in range(30)]
    return [attempt(clamp, *c) for c in cases]
