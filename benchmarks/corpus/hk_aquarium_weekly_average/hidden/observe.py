"""Weekly averages and alerts for random tank logs."""

import random
from datetime import date, timedelta

from observing import attempt
from tanklog.readings import Reading
from tanklog.summary import alerts, weekly_averages


def observe():
    rng = random.Random(2525)
    results = []
    monday = date(2024, 12, 30)
    edge = [
        [],
        [Reading(monday, 25.0, 7.0)],
        [Reading(monday, 25.0, 7.0), Reading(monday + timedelta(days=6), 26.0, 7.0)],
        [Reading(monday, 25.0, 7.0), Reading(monday + timedelta(days=7), 26.0, 7.0)],
        [Reading(monday, 24.05, 7.0), Reading(monday, 24.1, 7.0), Reading(monday, 24.2, 7.0)],
        [Reading(monday - timedelta(days=1), 23.9, 6.4), Reading(monday, 27.1, 7.8)],
        [Reading(monday, t, 7.0) for t in (25.1, 25.1, 25.2)],
    ]
    for readings in edge:
        results.append((attempt(weekly_averages, readings), attempt(alerts, readings)))
    for _ in range(100):
        start = date(2023, 1, 1) + timedelta(days=rng.randint(0, 700))
        readings = []
        for _ in range(rng.randint(1, 20)):
            day = start + timedelta(days=rng.randint(0, 27))
            celsius = round(rng.uniform(22.5, 28.5), rng.choice([1, 1, 2]))
            ph = round(rng.uniform(6.2, 8.1), 1)
            readings.append(Reading(day, celsius, ph))
        results.append((attempt(weekly_averages, readings), attempt(alerts, readings)))
    return results
