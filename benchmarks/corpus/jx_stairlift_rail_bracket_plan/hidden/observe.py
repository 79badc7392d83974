"""bracket_positions on rails around whole and part metres, tiny and bad lengths, then random lengths; quote on random flights."""

import random

from observing import attempt
from stairlift import bracket_positions, cut_list, quote, rail_length


def observe():
    rng = random.Random(3318)
    results = []
    for length in (-5, 0, 1, 2, 999, 1000, 1001, 1999, 2000, 2001, 2400, 2500, 3000, 4379, 4800, 7001):
        results.append(attempt(bracket_positions, length))
        results.append(attempt(cut_list, length))
    for _ in range(150):
        results.append(attempt(bracket_positions, rng.randint(1, 9000)))
    for steps in (0, 1, 2, 7, 13, 14, 18):
        results.append(attempt(quote, steps, 240, 180))
    for _ in range(100):
        steps, going, rise = rng.randint(1, 20), rng.randint(200, 300), rng.randint(150, 220)
        results.append(attempt(rail_length, steps, going, rise))
        results.append(attempt(quote, steps, going, rise))
    return results
