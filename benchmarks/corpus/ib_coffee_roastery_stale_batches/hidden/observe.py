"""Ready, stale and shipped batches on every day around the rest and stale limits."""

import random
from datetime import date, timedelta

from observing import attempt
from roastery.batches import Batch
from roastery.warehouse import Roastery


def codes(batches):
    return [b.code for b in batches] if isinstance(batches, list) else batches


def observe():
    rng = random.Random(8080)
    results = []
    today = date(2024, 10, 1)
    by_age = [Batch(f"A{age:02d}", "x", today - timedelta(days=age), 1) for age in list(range(-1, 30)) + [45, 90, 365, 1000]]
    by_age.append(Batch("S05", "x", today - timedelta(days=5), 1, shipped=True))
    by_age.append(Batch("S25", "x", today - timedelta(days=25), 1, shipped=True))
    roastery = Roastery(by_age)
    results.append(codes(attempt(roastery.ready_to_ship, today)))
    results.append(attempt(roastery.stale, today))
    for _ in range(150):
        batches = [Batch(f"R{n}", "y", today - timedelta(days=rng.choice([rng.randint(0, 40), rng.randint(0, 400)])), rng.randint(1, 20), rng.random() < 0.25)
                   for n in range(rng.randint(0, 12))]
        day = today + timedelta(days=rng.randint(-5, 5))
        roastery = Roastery(batches)
        results.append(codes(attempt(roastery.ready_to_ship, day)))
        results.append(attempt(roastery.ship, day))
        results.append([b.shipped for b in roastery.batches])
    return results
