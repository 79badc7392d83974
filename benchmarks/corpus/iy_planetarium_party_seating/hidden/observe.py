"""Seating plans for parties that fit, fill or overflow a row, in several domes, then random booking lists."""

import random

from observing import attempt
from planetarium.dome import MINI_DOME, STAR_DOME, Dome
from planetarium.seating import SeatingPlan

DOMES = [MINI_DOME, STAR_DOME, Dome("Flat", (5, 5, 5, 5)), Dome("Narrowing", (10, 8, 6, 4)), Dome("One", (7,))]


def plan(dome, sizes):
    seating = SeatingPlan(dome)
    placed = [attempt(seating.seat_party, f"p{k}", size) for k, size in enumerate(sizes)]
    return placed, seating.turned_away, seating.empty_seats()


def observe():
    rng = random.Random(1207)
    results = []
    cases = [
        [], [1], [4, 3], [4, 3, 2], [6, 6], [6, 6, 8], [5, 5, 7, 2], [9], [9, 2], [2, 9, 2],
        [3, 3, 3, 3, 3], [7, 1, 1], [8, 3, 8], [1] * 25, [0], [4, -1, 4], [10, 10, 10],
    ]
    for dome in DOMES:
        for sizes in cases:
            results.append(attempt(plan, dome, sizes))
    for _ in range(150):
        dome = Dome("Random", tuple(rng.randint(3, 14) for _ in range(rng.randint(1, 8))))
        sizes = [rng.choice([1, 2, 2, 3, 4, 5, 6, 8, 12]) for _ in range(rng.randint(0, 20))]
        results.append(attempt(plan, dome, sizes))
        seating = SeatingPlan(dome)
        results.append(attempt(seating.seat_all, [(f"q{k}", size) for k, size in enumerate(sizes)]))
    return results
