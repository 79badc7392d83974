"""Readings in random units added to logs kept in each unit; means, extremes and counts."""

import random

from observing import attempt
from sensors.log import TemperatureLog


def observe():
    rng = random.Random(191)
    results = []
    for log_unit in ("C", "F", "K"):
        for _ in range(10):
            log = TemperatureLog(log_unit)
            for _ in range(rng.randint(0, 6)):
                results.append(attempt(log.add, rng.uniform(-40, 120), rng.choice([None, "C", "F", "K", "R"])))
            results.append(list(log.readings))
            results.append([attempt(log.mean, u) for u in (None, "C", "F", "K")])
            results.append(attempt(log.extremes))
            results.append([attempt(log.above, t, u) for t in (0, 30, 300) for u in (None, "C", "F")])
    return results
