"""Stays of every length across the start and end of the peak season, then random stays."""

import random
from datetime import date, timedelta
from decimal import Decimal

from observing import attempt
from pitches import Pitch
from pricing import stay_cost


def observe():
    rng = random.Random(7031)
    results = []
    pitches = [Pitch(1, "tent", Decimal("14.00")), Pitch(2, "caravan", Decimal("22.35"), 4, True),
               Pitch(3, "cabin", Decimal("60.00"), 1)]
    for pitch in pitches:
        for start in (date(2024, 6, 28), date(2024, 8, 29), date(2024, 12, 30)):
            for offset in range(0, 5):
                arrival = start + timedelta(days=offset)
                for nights in (-1, 0, 1, 2, 3, 7):
                    for guests in (1, 2, 5):
                        results.append(attempt(stay_cost, pitch, arrival, arrival + timedelta(days=nights), guests))
    for _ in range(300):
        pitch = Pitch(9, "tent", Decimal(rng.randint(800, 9000)) / 100, rng.randint(1, 4), rng.random() < 0.5)
        arrival = date(2023, 1, 1) + timedelta(days=rng.randint(0, 700))
        departure = arrival + timedelta(days=rng.randint(-2, 21))
        results.append(attempt(stay_cost, pitch, arrival, departure, rng.randint(0, 7)))
    return results
