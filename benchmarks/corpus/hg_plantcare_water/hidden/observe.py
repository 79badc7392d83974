"""Random gardens on dry and rainy days, watered by hand and planned ahead."""

import random
from datetime import date, timedelta

from observing import attempt
from plantcare.plants import Plant
from plantcare.schedule import plan, to_water, water

NAMES = ["fern", "cactus", "tomatoes", "basil", "mint", "orchid", "rose", "ivy", "lavender", "palm"]


def garden(rng, start):
    return [
        Plant(name, rng.randint(1, 10), start - timedelta(days=rng.randint(0, 12)), outdoor=rng.random() < 0.5)
        for name in rng.sample(NAMES, rng.randint(0, 7))
    ]


def observe():
    rng = random.Random(5530)
    start = date(2024, 6, 10)
    results = []
    edge = [
        [],
        [Plant("ivy", 2, start, outdoor=True)],
        [Plant("ivy", 2, start - timedelta(days=2), outdoor=True)],
        [Plant("fern", 2, start - timedelta(days=2))],
        [Plant("fern", 1, start - timedelta(days=5)), Plant("mint", 1, start - timedelta(days=5), outdoor=True)],
    ]
    gardens = edge + [garden(rng, start) for _ in range(40)]
    for plants in gardens:
        for rained in (False, True):
            results.append(attempt(to_water, plants, start, rained))
            results.append(attempt(to_water, plants, start + timedelta(days=3), rained))
    for _ in range(30):
        plants = garden(rng, start)
        rainy = frozenset(start + timedelta(days=d) for d in range(10) if rng.random() < 0.4)
        schedule = attempt(plan, plants, start, 10, rainy)
        results.append(schedule)
        results.append([(p.name, p.last_watered) for p in plants])
    for _ in range(20):
        plants = garden(rng, start)
        day = start + timedelta(days=rng.randint(0, 5))
        results.append(attempt(water, plants, day, rng.random() < 0.5))
        results.append([p.last_watered for p in plants])
    return results
