"""run_parts on runs around whole and half stock lengths and bracket spacings, with open ends and bad runs, then random runs; quote on random jobs."""

import random

from observing import attempt
from guttering.quote import quote, run_parts
from guttering.stock import PriceList


def observe():
    rng = random.Random(8803)
    results = []
    lengths = [1, 400, 799, 800, 801, 1600, 1999, 2000, 2001, 3200, 3999, 4000, 4001, 5999, 6000, 6001,
               7999, 8000, 8001, 9000, 10000, 12000, 14100, 0, -50]
    for run_mm in lengths:
        for open_ends in (0, 1, 2, 3):
            results.append(attempt(run_parts, run_mm, 1, open_ends))
    for _ in range(150):
        results.append(attempt(run_parts, rng.randint(300, 20000), rng.randint(0, 3), rng.choice((0, 0, 1, 2))))
    prices = PriceList()
    dear = PriceList(length=21.0, union=5.5, bracket=2.4, stop_end=3.6, outlet=8.2, downpipe=15.0, labour_per_metre=11.0)
    for _ in range(80):
        runs = [(rng.randint(500, 15000), rng.randint(0, 2), rng.choice((0, 0, 1, 2))) for _ in range(rng.randint(1, 5))]
        drops = [rng.randint(1000, 8000) for _ in range(rng.randint(0, 4))]
        results.append(attempt(quote, runs, drops, rng.choice((prices, dear))))
    return results
