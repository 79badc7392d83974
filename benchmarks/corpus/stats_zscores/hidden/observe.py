"""z-scores of constant, short and random data."""

import random

from observing import attempt
from stats import zscores


def observe():
    rng = random.Random(32)
    datasets = [[], [4], [5, 5, 5], [2, 4, 6], [1, 2], [-3, 0, 3, 9], [0.5, 0.25, 1.0]]
    datasets += [[rng.randint(-20, 20) for _ in range(rng.randint(2, 12))] for _ in range(20)]
    return [attempt(zscores, data) for data in datasets]
