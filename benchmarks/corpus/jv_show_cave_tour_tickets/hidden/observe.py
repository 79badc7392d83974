"""price_party for visitors at, just under and just over each band's starting age, at the age limits and outside them, alone and in parties that make up family tickets; then random parties; tour_takings on groups of them."""

import random

from observing import attempt
from cavetours.tickets import price_party, tour_takings


def observe():
    rng = random.Random(1589)
    results = [attempt(price_party, [])]
    for age in (-1, 0, 3, 4, 5, 15, 16, 17, 64, 65, 66, 119, 120, 121):
        results.append(attempt(price_party, [age]))
        results.append(attempt(price_party, [age, 40]))
        results.append(attempt(price_party, [age, 40, 42, 9]))
        results.append(attempt(price_party, [age, age, 40, 42]))
        results.append(attempt(price_party, [age, 10, 8]))
    parties = []
    for _ in range(150):
        ages = [rng.choice((rng.randint(0, 90), rng.choice((3, 4, 15, 16, 64, 65)))) for _ in range(rng.randint(0, 8))]
        parties.append(ages)
        results.append(attempt(price_party, ages))
    for start in range(0, 150, 10):
        results.append(attempt(tour_takings, parties[start:start + 10]))
    return results
