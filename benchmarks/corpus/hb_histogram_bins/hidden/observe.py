"""Histograms of edge-case and random samples."""

import random

from observing import attempt
from statlite.histogram import bin_counts
from statlite.render import text_histogram


def observe():
    results = []
    cases = [
        ([5], 1, None, None), ([5], 3, None, None), ([2, 2, 2], 2, None, None), ([0, 10], 2, None, None),
        ([0, 5, 10], 2, None, None), ([0, 1, 2, 3, 4], 5, None, None), ([0, 3], 3, 0, 3), ([3], 3, 0, 3),
        ([0], 3, 0, 3), ([-1, 4], 2, 0, 3), ([1, 2], 2, 3, 0), ([1.5], 1, 1.5, 1.5), ([1, 2], -1, None, None),
        ([0.1, 0.2, 0.3], 3, None, None), ([1e-9, 1], 10, 0, 1),
    ]
    for values, bins, lo, hi in cases:
        results.append(attempt(bin_counts, values, bins, lo, hi))
    rng = random.Random(4242)
    for _ in range(70):
        values = [rng.choice([rng.randint(-5, 15), round(rng.uniform(-5, 15), 2)]) for _ in range(rng.randint(0, 12))]
        bins = rng.randint(1, 6)
        if rng.random() < 0.5:
            results.append(attempt(bin_counts, values, bins))
        else:
            results.append(attempt(bin_counts, values, bins, rng.randint(-3, 3), rng.randint(4, 12)))
    results.append(attempt(text_histogram, [1, 2, 2, 3, 7, 8, 8, 8], 4))
    return results
