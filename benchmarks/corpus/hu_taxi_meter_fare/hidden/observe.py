"""Fares for trips around every tariff boundary and for random trips."""

import datetime
import random

from observing import attempt
from meter.fare import fare, trip_fare
from meter.tariff import DAY, NIGHT, Tariff

ODD = Tariff("odd", "2.50", 0, 250, "0.35", "0.30")
LONG = Tariff("long", "5.00", 2500, 400, "0.60", "0.20")


def observe():
    rng = random.Random(8080)
    results = []
    for tariff in (DAY, NIGHT, ODD, LONG):
        for distance in (0, 1, 99, 100, 101, 250, 251, 799, 800, 801, 999, 1000, 1001, 1099, 1100, 1101, 2500, 2899, 2900, 2901, -1):
            for waiting in (0, 1, 59, 60, 61, 600):
                results.append(attempt(fare, distance, waiting, tariff))
    start = datetime.datetime(2024, 5, 6, 0, 0)
    for _ in range(100):
        when = start + datetime.timedelta(minutes=rng.randint(0, 7 * 24 * 60))
        distance = rng.choice([rng.randint(0, 1200), rng.randint(0, 30000)])
        waiting = rng.choice([0, 0, rng.randint(0, 1500)])
        passengers = rng.randint(0, 7)
        tariff = rng.choice([DAY, NIGHT, ODD, LONG])
        results.append((attempt(trip_fare, when, distance, waiting, passengers), attempt(fare, distance, waiting, tariff)))
    return results
