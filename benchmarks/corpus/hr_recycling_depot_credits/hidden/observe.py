"""Credits and leaderboards for random drop-off logs over a few weeks."""

import random
from datetime import date, timedelta

from observing import attempt
from depot.credits import credits_by_member, kg_by_material, leaderboard
from depot.dropoffs import Dropoff

MEMBERS = ["m001", "m002", "m017", "m044", "m100"]
MATERIALS = ["glass", "paper", "plastic", "metal"]


def observe():
    rng = random.Random(4242)
    results = []
    day = date(2024, 5, 6)
    edge = [
        [],
        [Dropoff(day, "m001", "metal", 8)],
        [Dropoff(day, "m001", "metal", 8), Dropoff(day, "m001", "paper", 5)],
        [Dropoff(day, "m001", "metal", 8), Dropoff(day + timedelta(days=1), "m001", "paper", 5)],
        [Dropoff(day, "m001", "metal", 9), Dropoff(day, "m002", "paper", 5)],
        [Dropoff(day, "m002", "glass", 30), Dropoff(day, "m001", "glass", 30), Dropoff(day, "m001", "glass", 1)],
    ]
    for log in edge:
        results.append((attempt(credits_by_member, log), attempt(leaderboard, log, 2)))
    for _ in range(100):
        log = [Dropoff(day + timedelta(days=rng.randint(0, rng.choice([0, 3, 20]))), rng.choice(MEMBERS),
                       rng.choice(MATERIALS), round(rng.uniform(0.1, 12), 1))
               for _ in range(rng.randint(1, 30))]
        results.append((attempt(credits_by_member, log), attempt(leaderboard, log, rng.randint(1, 5)),
                        attempt(kg_by_material, log)))
    return results
