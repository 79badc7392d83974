"""trade_in_offer on every grade pair at a few prices, cash and credit, then random piles."""

import random

from observing import attempt
from crate.grading import GRADES
from crate.tradein import Record, trade_in_offer


def observe():
    rng = random.Random(3345)
    results = []
    for price in (0.0, 1.0, 4.0, 7.99, 12.5, 20.0, 30.0, 64.99, 250.0):
        for vinyl in GRADES:
            for sleeve in GRADES:
                record = Record("a", "t", price, vinyl, sleeve)
                results.append(attempt(trade_in_offer, [record]))
                results.append(attempt(trade_in_offer, [record], True))
    results.append(attempt(trade_in_offer, [Record("a", "t", 10.0, "EX", "M")]))
    for _ in range(80):
        pile = [
            Record(f"artist{k}", f"title{k}", round(rng.uniform(1, 80), rng.choice([0, 2])), rng.choice(GRADES), rng.choice(GRADES))
            for k in range(rng.randint(0, 12))
        ]
        results.append(attempt(trade_in_offer, pile, rng.random() < 0.5))
    return results
