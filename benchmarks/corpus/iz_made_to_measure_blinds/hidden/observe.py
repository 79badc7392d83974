"""Blind quotes inside and outside the recess, at the roll widths and the minimum area, then random orders."""

import random

from observing import attempt
from blinds.fabrics import FABRICS
from blinds.quote import quote_blind, quote_order


def observe():
    rng = random.Random(8086)
    results = []
    for fabric in FABRICS.values():
        for width in (0, 1, 30, 60, 99.5, 100, 170, 179, 180, 181, 189, 190, 199, 200, 201, 240, 241, 250):
            for drop in (-5, 40, 60, 100, 150, 230):
                for inside in (True, False):
                    results.append(attempt(quote_blind, width, drop, fabric, inside))
    fabrics = list(FABRICS.values())
    for _ in range(150):
        blinds = []
        for _ in range(rng.randint(0, 6)):
            blind = attempt(quote_blind, rng.randint(30, 260) + rng.choice([0, 0.5]), rng.randint(40, 260),
                            rng.choice(fabrics), rng.random() < 0.6)
            results.append(blind)
            if not isinstance(blind, str):
                blinds.append(blind)
        results.append(attempt(quote_order, blinds, rng.random() < 0.8))
    return results
