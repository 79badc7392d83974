"""pack at the weight boundaries and over tray sizes, then random days' eggs."""

import random

from observing import attempt
from packing import for_processing, pack


def observe():
    rng = random.Random(4343)
    results = []
    for weight in (42.9, 43.0, 43.1, 52.9, 53.0, 62.9, 63.0, 72.9, 73.0, 90.0):
        for count in (1, 5, 6, 12, 30, 31):
            for tray in (1, 6, 12, 30, 36):
                results.append(attempt(pack, [weight] * count, tray))
    results.append(attempt(pack, [50.0], 0))
    results.append(attempt(pack, [50.0], -3))
    for _ in range(250):
        weights = [rng.choice([43.0, round(rng.uniform(38, 82), 1), float(rng.randint(40, 80))]) for _ in range(rng.randint(0, 80))]
        tray = rng.choice([6, 10, 12, 15, 20, 30, 30, 30])
        results.append(attempt(pack, weights, tray))
        results.append(attempt(for_processing, weights))
    return results
