"""score_end on stones either side of the house's edge, ahead of and behind the other team's best, then random ends and games."""

import random

from observing import attempt
from scoring import play, score_end
from sheet import Stone

EDGE = 1.829 + 0.145


def end(stones):
    return [Stone(team, x, y) for team, x, y in stones]


def observe():
    rng = random.Random(2218)
    results = []
    for far in (0.5, 1.5, EDGE - 0.01, EDGE, EDGE + 0.01, 2.5, 6.0):
        for other in (None, 0.3, 1.0, 1.9, EDGE + 0.02, 5.0):
            stones = [("red", 0.2, 0.0), ("red", 0.0, far)]
            if other is not None:
                stones.append(("yellow", other, 0.0))
            results.append(attempt(score_end, end(stones)))
            stones.append(("red", -far, 0.1))
            results.append(attempt(score_end, end(stones)))
    results.append(attempt(score_end, end([("red", 0.0, 3.0), ("yellow", 0.0, 2.5)])))
    results.append(attempt(score_end, []))
    for _ in range(150):
        n = rng.randint(0, 16)
        spread = rng.choice((1.0, 2.5, 4.0))
        stones = [(rng.choice(("red", "yellow")), rng.uniform(-spread, spread), rng.uniform(-spread, spread)) for _ in range(n)]
        results.append(attempt(score_end, end(stones)))
    for _ in range(40):
        ends = []
        for _ in range(rng.randint(0, 8)):
            spread = rng.choice((1.0, 2.5, 4.0))
            ends.append(end([(rng.choice(("red", "yellow")), rng.uniform(-spread, spread), rng.uniform(-spread, spread)) for _ in range(rng.randint(0, 10))]))
        results.append(attempt(play, ("red", "yellow"), rng.choice(("red", "yellow")), ends))
    return results
