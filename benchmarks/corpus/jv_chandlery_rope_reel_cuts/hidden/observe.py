"""plan_cuts on orders that fit a reel exactly, miss by the cut allowance, share a reel or find none, planned twice on the same stock; then random reels and orders; the stock after planning, make_cuts and offcut_reels on each."""

import random

from observing import attempt
from rope import make_cuts, offcut_reels, plan_cuts


def run(orders, stock):
    first = plan_cuts(orders, stock)
    after_planning = dict(stock)
    again = plan_cuts(orders, stock)
    cut = make_cuts(first, stock)
    return first, after_planning, again, cut, offcut_reels(cut)


def observe():
    rng = random.Random(2718)
    results = [attempt(run, [], {}), attempt(run, [("A", 5.0)], {}), attempt(run, [], {"R1": 10.0})]
    reels = {"N1": 220.0, "N2": 46.5, "N3": 12.0}
    for metres in (0.5, 1.8, 2.0, 11.8, 11.9, 12.0, 46.3, 46.4, 219.8, 219.9, 300.0):
        results.append(attempt(run, [("A", metres)], dict(reels)))
        results.append(attempt(run, [("A", metres), ("B", metres)], dict(reels)))
        results.append(attempt(run, [("A", metres), ("B", 5.0), ("C", 30.0)], {"R1": metres + 0.2, "R2": 40.0}))
    results.append(attempt(run, [(f"C{n}", 10.0) for n in range(25)], dict(reels)))
    results.append(attempt(run, [("A", 9.8), ("B", 9.8)], {"R1": 10.0, "R2": 10.0}))
    for _ in range(150):
        stock = {f"R{n}": rng.choice((round(rng.uniform(0, 250), 1), float(rng.randint(0, 60)))) for n in range(rng.randint(1, 6))}
        lengths = [rng.choice((round(rng.uniform(0.5, 80), 1), float(rng.randint(1, 30)))) for _ in range(rng.randint(0, 10))]
        orders = [(f"C{n}", metres) for n, metres in enumerate(lengths)]
        results.append(attempt(run, orders, stock))
    return results
