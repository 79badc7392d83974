"""Watering runs for random gardens, rain amounts around the skip level, seasonal adjusts."""

import random

from observing import attempt
from irrigation.plan import finish, run_plan
from irrigation.zones import Zone

NAMES = ["beds", "lawn", "fruit", "herbs", "hedge", "pots", "greenhouse"]


def observe():
    rng = random.Random(3003)
    results = []
    garden = [Zone("beds", 12), Zone("lawn", 20), Zone("herbs", 6, False), Zone("fruit", 8), Zone("pots", 1)]
    for rain in (0, 0.1, 4.9, 4.99, 5, 5.0, 5.01, 8, 30):
        results.append(attempt(run_plan, garden, 360, rain))
    for adjust in (0, 10, 40, 50, 100, 150, 300):
        results.append(attempt(run_plan, garden, 300, 0.0, adjust))
    for zones in ([], [Zone("a", 0)], [Zone("a", 5, False)], [Zone("a", 5), Zone("b", 5)]):
        plan = attempt(run_plan, zones, 0)
        results.append((plan, attempt(finish, plan)))
    for _ in range(100):
        zones = [Zone(name, rng.randint(0, 30), rng.random() < 0.8) for name in rng.sample(NAMES, rng.randint(1, 7))]
        start = rng.randint(240, 420)
        rain = rng.choice([0.0, 0.0, 1.5, 4.0, 5.0, 5.0, 6.5, 12.0])
        adjust = rng.choice([30, 60, 75, 100, 100, 125, 200])
        plan = attempt(run_plan, zones, start, rain, adjust)
        results.append((plan, attempt(finish, plan)))
    return results
