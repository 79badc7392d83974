"""Random review sets: averages (all and verified only), badges and rankings."""

import random

from observing import attempt
from reviews.badges import badge
from reviews.ratings import Review, average_stars, best_products


def observe():
    rng = random.Random(231)
    results = []
    for _ in range(40):
        reviews = [Review(rng.choice("abc"), rng.randint(1, 5), rng.random() < 0.8) for _ in range(rng.randint(0, 12))]
        for product in "abcd":
            results.append((attempt(average_stars, reviews, product), attempt(average_stars, reviews, product, True)))
            results.append(attempt(badge, reviews, product))
        results.append(attempt(best_products, reviews, rng.randint(1, 3)))
    return results
