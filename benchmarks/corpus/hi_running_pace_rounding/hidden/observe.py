"""Paces of runs of every common distance and random times, and weekly summaries."""

import random

from observing import attempt
from runlog.activities import Run
from runlog.pace import pace, summary


def observe():
    rng = random.Random(4221)
    results = []
    for distance in (0, -5, 1, 400, 1000, 1609, 3000, 5000, 10000, 21098, 42195):
        for elapsed in (0, 1, 59, 60, 299, 300, 301, 1799, 3600, 12345):
            results.append(attempt(pace, Run("d", distance, elapsed)))
    for _ in range(100):
        runs = [Run("d", rng.randint(800, 30000), rng.randint(240, 12000)) for _ in range(rng.randint(0, 5))]
        results.append([attempt(pace, run) for run in runs])
        results.append(attempt(summary, runs))
    return results
