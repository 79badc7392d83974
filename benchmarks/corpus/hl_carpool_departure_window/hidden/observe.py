"""Car assignments for hand-made and random mornings."""

import random

from observing import attempt
from carpool.matching import assign, left_behind
from carpool.people import Driver, Rider


def clock(total):
    return f"{total // 60:02d}:{total % 60:02d}"


def observe():
    rng = random.Random(7301)
    results = []
    base = 8 * 60
    for offset in (-30, -16, -15, -14, -1, 0, 1, 14, 15, 16, 45):
        drivers = [Driver("d1", "airport", clock(base), seats=1), Driver("d2", "airport", clock(base + 20), seats=1)]
        riders = [Rider("r1", "airport", clock(base + offset)), Rider("r2", "airport", clock(base + offset))]
        results.append(attempt(assign, drivers, riders))
        results.append(attempt(left_behind, drivers, riders))
    results.append(attempt(assign, [], [Rider("r", "a", "08:00")]))
    results.append(attempt(assign, [Driver("d", "a", "08:00", seats=0)], [Rider("r", "a", "08:00")]))
    results.append(attempt(assign, [Driver("d", "a", "25:00")], [Rider("r", "a", "08:00")]))
    places = ["airport", "station", "campus"]
    for _ in range(100):
        drivers = [Driver(f"d{i}", rng.choice(places), clock(base + rng.randint(-60, 60)), seats=rng.randint(0, 3))
                   for i in range(rng.randint(0, 4))]
        riders = [Rider(f"r{i}", rng.choice(places), clock(base + rng.randint(-60, 60)))
                  for i in range(rng.randint(0, 8))]
        results.append(attempt(assign, drivers, riders))
        results.append(attempt(left_behind, drivers, riders))
    return results
