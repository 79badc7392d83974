"""Sorting random lists (with duplicates, keys, empty ones) and merging random sorted pairs."""

import random

from observing import attempt
from sorting import merge, merge_sort


def observe():
    rng = random.Random(291)
    results = []
    for _ in range(50):
        items = [rng.randint(-5, 5) for _ in range(rng.randint(0, 12))]
        results.append(attempt(merge_sort, items))
        results.append(attempt(merge_sort, [(x, i) for i, x in enumerate(items)], lambda r: r[0]))
        left = sorted(rng.randint(0, 9) for _ in range(rng.randint(0, 5)))
        right = sorted(rng.randint(0, 9) for _ in range(rng.randint(0, 5)))
        results.append(attempt(merge, left, right))
    return results
