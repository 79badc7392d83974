"""quote and total for rooms on each side of the roll widths, seamed rooms long and short either way round, then random houses measured up."""

import random

from observing import attempt
from fitting.quote import quote, total
from fitting.survey import Room


def run(rooms, price):
    lines = quote([Room(f"room {n}", length, width) for n, (length, width) in enumerate(rooms)], price)
    return lines, total(lines)


def observe():
    rng = random.Random(5560)
    results = []
    sides = (2.0, 3.99, 4.0, 4.01, 4.9, 5.0, 5.01, 5.6, 6.0, 7.5, 9.8, 10.0, 10.4, 12.2, 15.0)
    for a in sides:
        for b in sides:
            results.append(attempt(run, [(a, b)], 20.0))
    for _ in range(150):
        rooms = []
        for _ in range(rng.randint(1, 6)):
            big = rng.random() < 0.35
            length = round(rng.uniform(5.1, 16.0) if big else rng.uniform(1.5, 5.0), 1)
            width = round(rng.uniform(5.1, 11.0) if big and rng.random() < 0.7 else rng.uniform(1.5, 5.0), 1)
            rooms.append((length, width) if rng.random() < 0.5 else (width, length))
        results.append(attempt(run, rooms, rng.choice((9.99, 14.50, 18.50, 32.00))))
    return results
