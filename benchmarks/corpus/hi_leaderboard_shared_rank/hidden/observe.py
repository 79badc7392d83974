"""Leaderboards with many ties, of all sizes, cut at every top."""

import random

from observing import attempt
from arcade.board import standings
from arcade.scores import Score

PLAYERS = ["amy", "bob", "cat", "dan", "eve", "fay", "gus", "hal"]


def observe():
    rng = random.Random(2718)
    results = [attempt(standings, []), attempt(standings, [], 3)]
    fixed = [
        [Score("a", 10, 1), Score("b", 10, 2), Score("c", 10, 3)],
        [Score("a", 10, 1), Score("b", 9, 2), Score("c", 9, 3), Score("d", 8, 4)],
        [Score("a", 0, 1), Score("b", 0, 2)],
        [Score("a", 5, 1), Score("a", 7, 2), Score("b", 7, 3)],
    ]
    for scores in fixed:
        for top in (None, 0, 1, 2, 3, 4):
            results.append(attempt(standings, scores, top))
    for _ in range(120):
        scores = [Score(rng.choice(PLAYERS), rng.choice([100, 200, 200, 300, 400, 400, 500]), rng.randint(0, 99))
                  for _ in range(rng.randint(1, 12))]
        results.append(attempt(standings, scores, rng.choice([None, None, 1, 2, 3, 5])))
    return results
