"""counter_board and waste_kg for one box of each species landed from a week before to two days after today, then random slabs of several boxes."""

import random
from datetime import date, timedelta

from observing import attempt
from fishcounter.board import SHELF_DAYS, counter_board, waste_kg
from fishcounter.stock import Box

TODAY = date(2024, 11, 14)


def run(boxes, today):
    return counter_board(boxes, today), waste_kg(boxes, today)


def observe():
    rng = random.Random(6053)
    results = [attempt(run, [], TODAY)]
    for species in sorted(SHELF_DAYS):
        for age in range(-2, 8):
            box = Box(species, 4.0, 3000, TODAY - timedelta(days=age))
            results.append(attempt(run, [box], TODAY))
            older = Box(species, 5.0, 2600, TODAY - timedelta(days=age + 1))
            results.append(attempt(run, [box, older], TODAY))
    for _ in range(150):
        boxes = [
            Box(rng.choice(sorted(SHELF_DAYS)), round(rng.uniform(0.5, 12), 1), rng.randint(500, 15000),
                TODAY - timedelta(days=rng.randint(-1, 7)))
            for _ in range(rng.randint(0, 9))
        ]
        results.append(attempt(run, boxes, TODAY + timedelta(days=rng.randint(-1, 2))))
    return results
