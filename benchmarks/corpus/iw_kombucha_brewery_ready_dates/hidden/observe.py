"""Ready dates for slow and fast ferments, flat and rising pH, then random batches and bottling plans."""

import random
from datetime import date, timedelta

from observing import attempt
from kombucha.batches import Batch, estimated_ready
from kombucha.bottling import bottling_plan

BREWED = date(2024, 5, 1)


def ready(readings, target=None):
    batch = Batch("V1", BREWED, 20)
    for offset, ph in readings:
        batch.log(BREWED + timedelta(days=offset), ph)
    result = estimated_ready(batch) if target is None else estimated_ready(batch, target)
    return None if result is None else result.isoformat()


def observe():
    rng = random.Random(3307)
    results = []
    cases = [
        [],
        [(1, 4.5)],
        [(1, 4.5), (1, 4.0)],
        [(1, 4.5), (2, 4.5)],
        [(1, 4.5), (2, 4.7)],
        [(1, 4.5), (2, 3.5)],
        [(1, 4.5), (2, 3.0)],
        [(1, 4.5), (12, 3.1)],
        [(1, 5.5), (2, 4.3)],
        [(1, 5.5), (3, 4.3)],
        [(1, 4.6), (5, 4.0)],
        [(1, 4.6), (5, 4.5)],
        [(1, 4.6), (3, 4.4), (5, 4.3)],
        [(1, 7.5)],
    ]
    for readings in cases:
        results.append(attempt(ready, readings))
        results.append(attempt(ready, readings, 3.6))
    for _ in range(200):
        ph = round(rng.uniform(4.0, 5.5), 2)
        day = rng.randint(0, 3)
        readings = []
        for _ in range(rng.randint(0, 6)):
            readings.append((day, ph))
            day += rng.randint(0, 3)
            ph = round(max(2.5, ph - rng.uniform(-0.1, 0.8)), 2)
        rng.shuffle(readings)
        results.append(attempt(ready, readings, rng.choice([3.0, 3.2, 3.2, 3.5])))
    for _ in range(40):
        batch = Batch("V2", BREWED, rng.choice([5, 10, 12.5, 20, 33]))
        flavours = rng.sample(["ginger", "raspberry", "hibiscus", "lemon", "plain"], rng.randint(0, 4))
        results.append(attempt(bottling_plan, batch, flavours, rng.choice([250, 330, 500, 750])))
    return results
