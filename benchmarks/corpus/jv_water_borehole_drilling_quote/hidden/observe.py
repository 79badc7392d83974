"""BoreholeQuote.works and total for holes ending on, inside and just past each band, rock head at the top, in the middle, at and below the bottom, with and without test pumping; then random holes."""

import random

from observing import attempt
from boreholes.quote import BoreholeQuote


def run(depth, rock_head, test_pumping):
    quote = BoreholeQuote(depth, rock_head, test_pumping)
    return quote.works(), quote.total()


def observe():
    rng = random.Random(9043)
    results = []
    for depth in (0, 1, 12.5, 29.9, 30, 30.1, 45, 59.5, 60, 61, 99, 100, 100.5, 140, 250):
        for rock_head in (0, 3, depth / 2, depth, depth + 10):
            results.append(attempt(run, depth, rock_head, True))
        results.append(attempt(run, depth, 8, False))
    for _ in range(200):
        depth = rng.choice((rng.randint(5, 160), round(rng.uniform(1, 220), 1), 5 * rng.randint(1, 40)))
        rock_head = rng.choice((rng.randint(0, 40), round(rng.uniform(0, depth * 1.2), 1)))
        results.append(attempt(run, depth, rock_head, rng.random() < 0.7))
    return results
