"""Stretches, consumption and averages of hand-made and random fuel logs."""

import random
from datetime import date, timedelta

from observing import attempt
from fuellog.economy import average, consumption, legs
from fuellog.records import Fill


def log(*rows):
    day = date(2024, 1, 1)
    return [Fill(day + timedelta(days=i), odometer, litres, full) for i, (odometer, litres, full) in enumerate(rows)]


def observe():
    rng = random.Random(5150)
    results = []
    edge = [
        [],
        log((1000, 40.0, True)),
        log((1000, 40.0, False)),
        log((1000, 40.0, True), (1500, 30.0, True)),
        log((1000, 40.0, False), (1200, 10.0, True), (1700, 35.0, True)),
        log((1000, 40.0, True), (1000, 5.0, True), (1400, 28.0, True)),
        log((1000, 40.0, True), (1300, 10.0, False), (1300, 8.0, True), (1800, 30.0, True)),
        log((1000, 40.0, True), (1500, 30.0, True), (2000, 32.0, True), (2600, 41.0, True)),
        log((1000, 40.0, True), (1200, 9.0, False), (1400, 9.5, False), (1600, 12.0, False)),
        log((1000, 40.0, True), (1500, 30.0, True), (1900, 20.0, False)),
    ]
    for fills in edge:
        results.append((attempt(legs, fills), attempt(consumption, fills), attempt(average, fills)))
    for _ in range(100):
        odometer = rng.randint(0, 90000)
        rows = []
        for _ in range(rng.randint(1, 9)):
            odometer += rng.choice([0, rng.randint(50, 900), rng.randint(50, 900)])
            rows.append((odometer, round(rng.uniform(3, 55), 1), rng.random() < 0.7))
        fills = log(*rows)
        results.append((attempt(legs, fills), attempt(consumption, fills), attempt(average, fills)))
    return results
