"""Tins for exact, just-over and random areas; quotes for random houses."""

import random

from observing import attempt
from quote import Paint, quote, tins_needed
from rooms import Room

PAINTS = [
    Paint("matt", 12, 2.5, 24.99),
    Paint("ceiling", 10, 5, 31.5),
    Paint("gloss", 16, 0.75, 14.0),
    Paint("trade", 13, 10, 49.0),
]


def observe():
    rng = random.Random(3141)
    results = []
    simple = Paint("simple", 10, 5, 20.0)
    # Edge cases: nothing to paint, exactly n tins, just over, just under, half a tin.
    for area in (0, 1, 12.5, 24, 25, 25.5, 26, 37.5, 50, 62.4, 75, 100, 250):
        for coats in (0, 1, 2, 3):
            results.append((area, coats, attempt(tins_needed, area, simple, coats)))
    for _ in range(250):
        paint = rng.choice(PAINTS)
        area = rng.choice([rng.randint(0, 120), round(rng.uniform(0, 300), 2)])
        results.append(attempt(tins_needed, area, paint, rng.randint(1, 3)))
    for n in range(60):
        rooms = [
            Room(f"r{n}-{k}", round(rng.uniform(1.5, 7), 1), round(rng.uniform(1.5, 6), 1),
                 rng.choice([2.3, 2.4, 2.6, 3.0]), rng.randint(0, 2), rng.randint(0, 4))
            for k in range(rng.randint(0, 5))
        ]
        results.append(attempt(quote, rooms, rng.choice(PAINTS), rng.choice(PAINTS)))
    return results
