"""Percentiles of short and long, sorted and shuffled data, at every tenth and the quartiles."""

import random

from observing import attempt
from stats import percentile, quartiles


def observe():
    rng = random.Random(31)
    datasets = [[], [7], [1, 2], [10, 20, 30], [1, 2, 3, 4, 5], [5, 1, 4, 2, 3, 9]]
    datasets += [[rng.randint(-50, 50) for _ in range(rng.randint(1, 25))] for _ in range(10)]
    results = []
    for data in datasets:
        results += [attempt(percentile, data, p) for p in (0, 10, 25, 33.3, 50, 75, 90, 99, 100, -1, 101)]
        results.append(attempt(quartiles, data))
    return results
