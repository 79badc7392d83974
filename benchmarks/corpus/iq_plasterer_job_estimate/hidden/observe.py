"""Materials, days and prices for bare walls, walls full of openings, then random rooms."""

import random

from observing import attempt
from estimate import Estimate
from rooms import Opening, Wall, room_walls


def quote(walls, coat_mm=2.0):
    estimate = Estimate(walls, coat_mm)
    return {
        "area": estimate.area(),
        "materials": estimate.materials(),
        "days": estimate.days(),
        "price": estimate.price(180.0, 13.0),
    }


def observe():
    rng = random.Random(5520)
    results = []
    cases = [
        [],
        [Wall(0.0, 2.4)],
        [Wall(1.0, 1.0)],
        [Wall(5.0, 2.4)],
        [Wall(4.7, 2.4)],
        [Wall(4.8, 2.4)],
        [Wall(2.0, 2.0, [Opening(2.0, 2.0)])],
        [Wall(3.0, 2.4, [Opening(0.9, 2.1)])],
        [Wall(3.0, 2.4, [Opening(5.0, 5.0)])],
        room_walls(4.0, 3.5, 2.4),
    ]
    for walls in cases:
        for coat in (1.0, 2.0, 3.0):
            results.append(attempt(quote, walls, coat))
    for _ in range(100):
        walls = room_walls(round(rng.uniform(1.5, 7.0), 2), round(rng.uniform(1.5, 6.0), 2), rng.choice([2.3, 2.4, 2.6, 3.0]))
        for _ in range(rng.randint(0, 4)):
            rng.choice(walls).openings.append(Opening(round(rng.uniform(0.5, 1.8), 2), round(rng.uniform(0.6, 2.1), 2)))
        for _ in range(rng.randint(0, 2)):
            walls.append(Wall(round(rng.uniform(0.3, 2.0), 2), 2.4))
        results.append(attempt(quote, walls, rng.choice([2.0, 2.0, 3.0])))
    return results
