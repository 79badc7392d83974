"""Dive scores, totals and standings for hand-made and random panels."""

import random

from observing import attempt
from diving.meet import best_dive, standings, total
from diving.scoring import dive_score


def observe():
    rng = random.Random(1936)
    results = []
    edge = [
        [], [7.0] * 3, [7.0] * 6, [0.0] * 5, [10.0] * 7,
        [10.0, 0.0, 5.0, 5.0, 5.0], [0.0, 10.0, 5.0, 5.0, 5.0], [5.0, 5.0, 5.0, 10.0, 0.0],
        [9.5, 9.0, 8.5, 8.0, 7.5], [1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0], [7.0, 6.0, 5.0, 4.0, 3.0, 2.0, 1.0],
        [6.0, 6.5, 10.5, 7.0, 7.0], [6.0, 6.5, 7.25, 7.0, 7.0], [-0.5, 6.5, 7.0, 7.0, 7.0],
        [3.0, 9.0, 4.0, 8.0, 5.0, 7.0, 6.0],
    ]
    for awards in edge:
        for difficulty in (1.2, 2.0, 3.4):
            results.append(attempt(dive_score, awards, difficulty))
    for _ in range(100):
        judges = rng.choice([5, 7, 7, 5, 6])
        awards = [rng.randint(0, 20) / 2 for _ in range(judges)]
        difficulty = rng.choice([1.2, 1.6, 2.0, 2.2, 2.8, 3.0, 3.3, 3.6])
        results.append(attempt(dive_score, awards, difficulty))
    for _ in range(25):
        divers = {}
        for name in rng.sample(["Ada", "Ben", "Kim", "Lou", "Mo", "Zed"], rng.randint(1, 5)):
            panel = rng.choice([5, 7])
            divers[name] = [([rng.randint(8, 20) / 2 for _ in range(panel)], rng.choice([1.6, 2.0, 2.8, 3.2]))
                            for _ in range(rng.randint(1, 4))]
        results.append(attempt(standings, divers))
        results.append(attempt(total, next(iter(divers.values()))))
        results.append(attempt(best_dive, next(iter(divers.values()))))
    return results
