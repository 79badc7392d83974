"""yield_drops on short and gap-filled series, then random cows and herds."""

import random
from datetime import date, timedelta

from observing import attempt
from dairy.herd import Cow, Milking
from dairy.yields import herd_alerts, yield_drops

START = date(2024, 5, 1)


def series(values):
    return {START + timedelta(days=i): v for i, v in enumerate(values)}


def observe():
    rng = random.Random(9021)
    results = []
    edges = [
        [], [0.0], [20.0], [20.0, 16.0], [20.0, 16.1], [20.0, 0.0, 15.0],
        [30.0, 20.0, 15.0, 11.0], [30.0, 24.0, 24.0, 19.2], [10.0, 20.0, 15.0],
        [0.0, 0.0, 12.0, 9.0], [25.0, 25.0, 20.0, 20.0, 16.0], [18.0, 30.0, 24.0, 24.1],
    ]
    for values in edges:
        for percent in (10, 20, 25, 50):
            results.append(attempt(yield_drops, series(values), percent))
    for _ in range(250):
        n = rng.randint(0, 12)
        values = [rng.choice([0.0, round(rng.uniform(5, 35), 1), round(rng.uniform(15, 30), 1)]) for _ in range(n)]
        results.append(attempt(yield_drops, series(values), rng.choice([10, 15, 20, 30])))
    for _ in range(30):
        herd = [Cow(f"UK{100 + k}", f"cow{k}", rng.random() < 0.8) for k in range(rng.randint(1, 5))]
        milkings = []
        for cow in herd:
            for day in range(rng.randint(0, 8)):
                for _ in range(rng.randint(1, 2)):
                    milkings.append(Milking(cow.tag, START + timedelta(days=day), round(rng.uniform(4, 16), 1)))
        rng.shuffle(milkings)
        results.append(attempt(herd_alerts, herd, milkings, rng.choice([15, 20, 25])))
    return results
