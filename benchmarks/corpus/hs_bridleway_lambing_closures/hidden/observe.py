"""can_ride over levels, ground, weather and every month; ride lists for random yards."""

import datetime
import random

from observing import attempt
from rides.plan import can_ride, rides_for
from rides.routes import Route

ROUTES = [
    Route("Sheepwash Lane", 2, "chalk", (3, 4, 5)),
    Route("Millbrook Ride", 3, "clay"),
    Route("Lambing Fields", 2, "sand", (2, 3, 4, 5, 6)),
    Route("Withy Bottom", 1, "clay", (12, 1)),
    Route("Gallops Track", 4, "sand", (7,)),
]
NAMES = ["Lane", "Loop", "Ride", "Track", "Drove", "Bottom", "Hanger", "Common"]


def observe():
    rng = random.Random(8870)
    results = []
    for route in ROUTES:
        for month in range(1, 13):
            day = datetime.date(2023, month, 1)
            for level in range(0, 6):
                results.append((attempt(can_ride, route, level, day), attempt(can_ride, route, level, day, True)))
    for _ in range(100):
        routes = [Route(f"{rng.choice(NAMES)} {n}", rng.randint(1, 4), rng.choice(["chalk", "clay", "sand"]),
                        tuple(sorted(rng.sample(range(1, 13), rng.choice([0, 0, 1, 3, 4])))))
                  for n in range(rng.randint(0, 8))]
        day = datetime.date(2024, 1, 1) + datetime.timedelta(days=rng.randint(0, 365))
        results.append(attempt(rides_for, routes, rng.randint(1, 4), day, rng.random() < 0.4))
    return results
