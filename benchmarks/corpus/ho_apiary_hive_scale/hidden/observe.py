"""Flow ends, stores and changes for random hive weight series."""

import random
from datetime import date, timedelta

from observing import attempt
from apiary.hive import Hive
from apiary.scale import Reading


def hive_with(weights, empty_kg=30.0):
    hive = Hive("obs", empty_kg)
    start = date(2024, 5, 1)
    for day, kg in enumerate(weights):
        hive.record(Reading(start + timedelta(days=day), kg))
    return hive


def summary(weights):
    hive = hive_with(weights)
    return (
        [attempt(hive.flow_ended, n, tol) for n in (1, 2, 3, 4) for tol in (0.05, 0.25, 0.6)],
        attempt(hive.flow_ended),
        hive.stores_kg(),
        hive.daily_changes(),
    )


def observe():
    rng = random.Random(6021)
    results = []
    edge = [
        [],
        [35.0],
        [35.0, 35.0],
        [35.0, 35.0, 35.0],
        [35.0, 36.0, 36.0, 37.0, 37.0, 37.0],
        [35.0, 35.1, 36.0, 36.1, 37.0, 37.1, 37.1],
        [40.0, 40.1, 42.0, 43.5, 43.6, 43.5, 43.5],
        [40.0, 39.9, 39.8, 39.7, 39.6],
        [40.0, 41.0, 40.0, 41.0, 40.0],
    ]
    for weights in edge:
        results.append(summary(weights))
    for _ in range(100):
        kg = round(rng.uniform(28, 45), 1)
        weights = []
        for _ in range(rng.randint(2, 14)):
            kg = round(kg + rng.choice([0.0, 0.0, 0.1, -0.1, 0.2, 0.5, 1.2, 2.0, -0.4]), 1)
            weights.append(kg)
        results.append(summary(weights))
    return results
