"""watering_round on a fixed stock under different rain, and on random stock."""

import random
from datetime import date, timedelta

from observing import attempt
from gardencentre.plants import Plant
from gardencentre.watering import round_sheet, watering_round

TODAY = date(2024, 6, 3)


def sheet(plants, rain):
    due = attempt(watering_round, plants, TODAY, rain)
    return attempt(round_sheet, due) if isinstance(due, list) else due


def observe():
    rng = random.Random(8123)
    results = []
    base = [
        Plant("Rose", "A", 2, TODAY - timedelta(days=2)),
        Plant("Fern", "G", 1, TODAY - timedelta(days=1), True),
        Plant("Orchid", "G", 5, TODAY - timedelta(days=3), True),
        Plant("Basil", "G", 1, None, True),
        Plant("Yew", "C", 10, None),
        Plant("Mint", "B", 1, TODAY),
    ]
    for rain in [0, 0.5, 4.99, 5, 5.0, 7, 30]:
        results.append(sheet(base, rain))
    results.append(sheet([], 10))
    for _ in range(100):
        plants = []
        for i in range(rng.randint(0, 9)):
            watered = None if rng.random() < 0.2 else TODAY - timedelta(days=rng.randint(0, 8))
            indoor = rng.random() < 0.4
            zone = "G" if indoor else rng.choice("ABCDEF")
            plants.append(Plant(f"P{i}", zone, rng.randint(1, 6), watered, indoor))
        rain = rng.choice([0, 0, 2, 5, 8, 15, rng.uniform(0, 20)])
        results.append(sheet(plants, rain))
    return results
