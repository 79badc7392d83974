"""Pool rankings for small hand-made pools, then random pools of 2 to 8 fencers (some unfinished)."""

import random
from itertools import combinations

from observing import attempt
from pools.ranking import places, pool_ranking, through_to_elimination
from pools.sheet import Bout

FENCERS = ["Ames", "Baker", "Chen", "Dutta", "Evans", "Fox", "Gill", "Hale"]


def plain(rows):
    return [(r.name, r.bouts, r.victories, r.ratio, r.scored, r.received, r.indicator) for r in rows]


def everything(bouts, cut):
    rows = pool_ranking(bouts)
    return plain(rows), places(rows), through_to_elimination(rows, cut)


def observe():
    rng = random.Random(1457)
    results = []
    hand = [
        [],
        [Bout("A", 5, 0, "B")],
        [Bout("A", 5, 4, "B"), Bout("B", 5, 4, "A")],
        [Bout("A", 5, 4, "B"), Bout("B", 5, 0, "C"), Bout("C", 5, 4, "A")],
        [Bout("A", 5, 4, "B"), Bout("A", 5, 4, "C"), Bout("B", 5, 0, "C")],
        [Bout("A", 5, 4, "B"), Bout("C", 5, 0, "D"), Bout("A", 1, 5, "C"), Bout("B", 5, 0, "D")],
        [Bout("A", 1, 0, "B"), Bout("B", 5, 0, "C"), Bout("C", 5, 0, "D"), Bout("D", 5, 0, "B")],
    ]
    for bouts in hand:
        for cut in (0.0, 0.2, 0.5):
            results.append(attempt(everything, bouts, cut))
    for _ in range(120):
        names = FENCERS[: rng.randint(2, 8)]
        bouts = []
        for left, right in combinations(names, 2):
            if rng.random() < 0.15:
                continue
            winner = rng.randint(1, 5)
            loser = rng.randint(0, winner - 1)
            scores = (winner, loser) if rng.random() < 0.5 else (loser, winner)
            bouts.append(Bout(left, scores[0], scores[1], right))
        rng.shuffle(bouts)
        results.append(attempt(everything, bouts, rng.choice((0.0, 0.2, 0.25, 0.3))))
    return results
