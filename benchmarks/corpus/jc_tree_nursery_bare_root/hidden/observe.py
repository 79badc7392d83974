"""allocate on single and competing orders, upgrades and shortfalls, then random seasons of orders."""

import random

from observing import attempt
from allocation import Line, allocate
from picking import order_bundles, picking_sheet
from stock import SIZES

SPECIES = ["hawthorn", "blackthorn", "hazel", "field maple", "dog rose"]


def run(lines, stock):
    before = dict(stock)
    picks, short = allocate(lines, stock)
    return picks, short, picking_sheet(picks), order_bundles(picks), stock == before


def observe():
    rng = random.Random(6021)
    results = []
    stock = {("hazel", "40-60cm"): 10, ("hazel", "60-90cm"): 5, ("hazel", "90-120cm"): 2}
    edge = [
        [],
        [Line(1, "hazel", "40-60cm", 0)],
        [Line(1, "hazel", "40-60cm", 10)],
        [Line(1, "hazel", "40-60cm", 10), Line(2, "hazel", "40-60cm", 1)],
        [Line(1, "hazel", "40-60cm", 12), Line(2, "hazel", "60-90cm", 5)],
        [Line(2, "Hazel", "90-120cm", 1), Line(1, "hazel", "90-120cm", 2)],
        [Line(1, "hazel", "40-60cm", 20), Line(1, "hazel", "40-60cm", 1)],
        [Line(1, "hazel", "40-60cm", 4), Line(1, "hazel", "40-60cm", 4), Line(1, "hazel", "40-60cm", 4)],
        [Line(1, "dog rose", "40-60cm", 3)],
        [Line(1, "hazel", "2ft", 3)],
    ]
    for lines in edge:
        results.append(attempt(run, lines, stock))
    for _ in range(150):
        stock = {}
        for species in rng.sample(SPECIES, rng.randint(1, 5)):
            for size in SIZES:
                if rng.random() < 0.7:
                    stock[(species, size)] = rng.randint(0, 60)
        lines = [
            Line(rng.randint(1, 8), rng.choice(SPECIES).title() if rng.random() < 0.2 else rng.choice(SPECIES), rng.choice(SIZES), rng.randint(1, 40))
            for _ in range(rng.randint(0, 10))
        ]
        results.append(attempt(run, lines, stock))
    return results
