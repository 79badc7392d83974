"""Swings, ranges and humidity over random series of readings."""

import random
from datetime import datetime, timedelta

from observing import attempt
from weatherlog.analysis import daily_range, mean_humidity, swings
from weatherlog.readings import Reading


def observe():
    rng = random.Random(3117)
    results = []
    start = datetime(2024, 7, 1, 0, 0)
    series = [[], [Reading(start, 10.0, 50)], [Reading(start, 10.0, 50), Reading(start + timedelta(hours=1), 15.0, 40)]]
    for _ in range(50):
        at, celsius, readings = start, rng.uniform(-5, 25), []
        for _ in range(rng.randint(0, 15)):
            at += timedelta(hours=rng.choice([1, 3, 6]))
            celsius += rng.choice([-1, 1]) * rng.choice([0.0, 0.5, 2.0, 4.8, 7.5])
            readings.append(Reading(at, round(celsius, 1), rng.randint(20, 100)))
        series.append(readings)
    for readings in series:
        for threshold in (0.0, 1.0, 5.0):
            results.append(attempt(swings, readings, threshold))
        results.append(attempt(daily_range, readings))
        results.append(attempt(mean_humidity, readings))
    return results
