"""best_leg and summaries for players with no, one and many won legs, then random nights."""

import random

from observing import attempt
from darts.scoresheet import LegResult
from darts.stats import best_leg, summary

PLAYERS = ["Sue", "Ann", "Bob", "Raj", "Kim"]


def observe():
    rng = random.Random(1801)
    results = []
    results.append(attempt(best_leg, [], "Sue"))
    for darts in ([9], [30], [12, 12], [9, 30], [30, 9], [18, 15, 21], [21, 15, 18, 15]):
        legs = [LegResult("Sue", d, 501, True, 40) for d in darts]
        legs.append(LegResult("Sue", 6, 140, False))
        results.append(attempt(best_leg, legs, "Sue"))
        results.append(attempt(summary, legs, "Sue"))
    for _ in range(250):
        legs = []
        for _ in range(rng.randint(0, 12)):
            won = rng.random() < 0.5
            darts = rng.randint(9, 45)
            scored = 501 if won else rng.randint(100, 500)
            legs.append(LegResult(rng.choice(PLAYERS), darts, scored, won, rng.randint(2, 170) if won else 0))
        player = rng.choice(PLAYERS)
        results.append(attempt(best_leg, legs, player))
        results.append(attempt(summary, legs, player))
    return results
