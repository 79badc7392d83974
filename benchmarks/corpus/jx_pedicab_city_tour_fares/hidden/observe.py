"""Tour.fare at every hour and around the night boundaries with every passenger count, then random tours; shift_takings and by_rider on random nights."""

import random
from datetime import datetime, timedelta

from observing import attempt
from pedicab.shifts import by_rider, shift_takings
from pedicab.tours import Tour


def fare(start, minutes, passengers):
    return Tour("Jo", start, minutes, passengers).fare()


def observe():
    rng = random.Random(6220)
    results = []
    for hour in range(24):
        for minute in (0, 59):
            for minutes, passengers in ((0, 1), (15, 2), (31, 3), (95, 2), (20, 4), (20, 0)):
                results.append(attempt(fare, datetime(2024, 8, 3, hour, minute), minutes, passengers))
    for _ in range(200):
        start = datetime(2024, 8, 3) + timedelta(minutes=rng.randint(0, 2 * 24 * 60))
        results.append(attempt(fare, start, rng.randint(0, 150), rng.randint(1, 3)))
    for _ in range(60):
        tours = [
            Tour(rng.choice(("Jo", "Sam", "Kez")), datetime(2024, 8, 3, 18) + timedelta(minutes=rng.randint(0, 600)), rng.randint(5, 90), rng.randint(1, 3))
            for _ in range(rng.randint(0, 8))
        ]
        results.append(attempt(shift_takings, tours))
        results.append(attempt(by_rider, tours))
    return results
