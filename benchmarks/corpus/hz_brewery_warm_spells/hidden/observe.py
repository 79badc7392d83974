"""warm_spells on short logs around the limit and ~100 random fermentation logs."""

import random

from observing import attempt
from brewlog.batch import summary, warm_spells
from brewlog.readings import Reading


def observe():
    rng = random.Random(2207)
    results = []
    fixed = [
        [],
        [Reading(0, 1.05, 23.0)],
        [Reading(0, 1.05, 22.0)],
        [Reading(0, 1.05, 23.0), Reading(1, 1.04, 20.0)],
        [Reading(0, 1.05, 20.0), Reading(1, 1.04, 23.0), Reading(2, 1.03, 20.0), Reading(3, 1.02, 20.0)],
        [Reading(d, 1.05 - d / 200, 23.0 if d % 2 else 20.0) for d in range(10)],
        [Reading(d, 1.05 - d / 200, 20.0 if d % 3 else 23.0) for d in range(10)],
    ]
    for readings in fixed:
        results.append(attempt(warm_spells, readings, 22.0))
        results.append(attempt(warm_spells, readings, 19.0))
    for _ in range(100):
        temperature = rng.uniform(17.0, 22.0)
        readings = []
        for day in range(rng.randint(1, 16)):
            temperature += rng.uniform(-2.0, 2.0)
            readings.append(Reading(day, round(1.055 - day * 0.003, 3), round(temperature, 1)))
        limit = rng.choice([20.0, 21.0, 22.0, 23.5])
        results.append(attempt(warm_spells, readings, limit))
        results.append(attempt(summary, readings, limit))
    return results
