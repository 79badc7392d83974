"""Counts above, below and within tolerance of random books."""

import random

from observing import attempt
from stockcheck.counts import adjustments, discrepancies

SKUS = ["A1", "A2", "B1", "B2", "C1", "C2"]


def observe():
    rng = random.Random(2718)
    results = []
    for counted in range(0, 11):
        for tolerance in (0, 1, 2, 5):
            results.append(attempt(discrepancies, {"A1": 5}, {"A1": counted}, tolerance))
    results.append(attempt(discrepancies, {"A1": 5, "B1": 2}, {}, 0))
    results.append(attempt(discrepancies, {"A1": 5, "B1": 2}, {}, 2))
    results.append(attempt(discrepancies, {}, {"A1": 1}, 0))
    for _ in range(100):
        expected = {sku: rng.randint(0, 50) for sku in rng.sample(SKUS, rng.randint(0, 6))}
        counted = {sku: max(0, expected.get(sku, 0) + rng.randint(-6, 6)) for sku in rng.sample(SKUS, rng.randint(0, 6))}
        tolerance = rng.choice([0, 0, 1, 2, 4])
        results.append(attempt(discrepancies, expected, counted, tolerance))
        results.append(attempt(adjustments, expected, counted, tolerance))
    return results
