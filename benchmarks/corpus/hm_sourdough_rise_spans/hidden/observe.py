"""Rises, peaks and growth of random jar logs."""

import random

from observing import attempt
from starter.activity import growth, peaks, ready, rises
from starter.jar import Reading


def log(heights):
    return [Reading(f"{i // 2:02d}:{30 * (i % 2):02d}", h) for i, h in enumerate(heights)]


def observe():
    rng = random.Random(3141)
    results = []
    edge = [[], [100], [100, 101], [101, 100], [1, 2, 3], [3, 2, 1], [5, 5, 5], [1, 2, 3, 3, 4, 5],
            [1, 2, 1, 2, 3], [9, 1, 2, 3, 4], [1, 2, 3, 2, 3, 4]]
    for heights in edge:
        readings = log(heights)
        for min_length in (0, 1, 2, 3, 4, 6):
            results.append(attempt(rises, readings, min_length))
        results.append(attempt(rises, readings))
        results.append([r.time for r in peaks(readings)])
    for _ in range(100):
        heights = [rng.randint(30, 50)]
        for _ in range(rng.randint(0, 30)):
            heights.append(max(heights[-1] + rng.choice([-9, -4, -1, 0, 2, 3, 5, 8, 12]), 1))
        readings = log(heights)
        results.append(attempt(rises, readings, rng.randint(1, 5)))
        results.append(attempt(rises, readings))
        results.append((growth(readings), [r.time for r in peaks(readings)], ready(readings, heights[0])))
    return results
