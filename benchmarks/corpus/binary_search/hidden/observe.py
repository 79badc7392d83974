"""Every element and every gap of sorted lists, empty included."""

import random

from observing import attempt
from mod import binary_search


def observe():
    rng = random.Random(2)
    lists = [[], [4], [1, 3], [1, 3, 5, 7, 9], list(range(0, 40, 3))]
    lists += [sorted(rng.sample(range(100), rng.randint(1, 15))) for _ in range(10)]
    results = []
    for items in lists:
        for target in sorted(set(items) | {-1, 0, 2, 50, 101}):
            results.append(attempt(binary_search, items, target))
    return results
