"""Rounds for parcels that fill vans exactly, nearly and over, and for random
manifests, capacities and parcel limits."""

import random

from observing import attempt
from courier.parcels import Parcel
from courier.rounds import plan_rounds

DISTRICTS = ["LS1", "LS2", "LS6", "LS11", "M1", "M20"]


def observe():
    rng = random.Random(8086)
    results = []
    for weights in ([5000, 5000, 5000], [4000, 6000, 1], [10000, 10000], [9999, 1, 1], [3000] * 7,
                    [2500] * 8, [], [10001], [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]):
        parcels = [Parcel(f"Q{n:02d}", f"LS{n} 1AA", w) for n, w in enumerate(weights)]
        for capacity in (10_000, 7_500, 15):
            for limit in (1, 2, 3, 40):
                results.append(attempt(plan_rounds, parcels, capacity, limit))
    for _ in range(100):
        parcels = [Parcel(f"R{n:02d}", f"{rng.choice(DISTRICTS)} {rng.randint(1, 9)}AB",
                          rng.choice([rng.randint(100, 8000), rng.randrange(500, 8001, 500)]))
                   for n in range(rng.randint(0, 16))]
        capacity = rng.choice([8000, 10_000, 12_000, 20_000, 50_000])
        limit = rng.choice([2, 3, 5, 40])
        results.append(attempt(plan_rounds, parcels, capacity, limit))
    return results
