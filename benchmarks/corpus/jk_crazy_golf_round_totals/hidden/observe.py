"""Scorecard totals, to-par and leaderboards on the last hole, pick-ups at and over six strokes, closed holes and part rounds, then random rounds."""

import random

from observing import attempt
from minigolf.course import Course
from minigolf.scorecard import Scorecard

PIER = [2, 3, 2, 3, 4, 2, 3, 3, 2, 3, 2, 4, 3, 2, 3, 3, 2, 3]


def run(pars, closed, scores):
    """scores: {player: [(hole, strokes), ...]}"""
    card = Scorecard(Course("observed", pars, closed), list(scores))
    recorded = []
    for player, holes in scores.items():
        for hole, strokes in holes:
            recorded.append(attempt(card.record, player, hole, strokes))
    return recorded, {p: (card.total(p), card.to_par(p)) for p in scores}, card.leaderboard()


def observe():
    rng = random.Random(9183)
    results = []
    edge = [
        (PIER, set(), {"Nan": []}),
        (PIER, set(), {"Nan": [(18, 2)]}),
        (PIER, set(), {"Nan": [(1, 6)], "Tom": [(1, 7)], "Ellie": [(1, 8)]}),
        (PIER, set(), {"Nan": [(17, 5), (18, 6)], "Tom": [(18, 7)], "Ellie": [(18, 12)]}),
        (PIER, {18}, {"Nan": [(17, 2), (18, 2)]}),
        ([2], set(), {"Nan": [(1, 1)]}),
        ([3, 3], {1}, {"Nan": [(1, 9), (2, 9)]}),
        ([3, 3, 4], set(), {"Nan": [(i, s) for i, s in [(1, 2), (2, 3), (3, 4)]], "Tom": [(3, 1), (4, 2), (0, 1)]}),
        (PIER, set(), {"Nan": [(h, p) for h, p in enumerate(PIER, start=1)]}),
    ]
    for pars, closed, scores in edge:
        results.append(attempt(run, pars, closed, scores))
    for _ in range(150):
        pars = PIER if rng.random() < 0.5 else [rng.choice((2, 3, 4)) for _ in range(rng.randint(1, 18))]
        holes = len(pars)
        closed = {h for h in range(1, holes + 1) if rng.random() < 0.08}
        scores = {}
        for player in rng.sample(["Nan", "Ellie", "Tom", "Grandad", "Jess"], rng.randint(1, 5)):
            played = rng.randint(0, holes)
            scores[player] = [(h, rng.choice((1, 2, 2, 3, 3, 3, 4, 4, 5, 6, 7, 8, 10))) for h in range(1, played + 1)]
            if rng.random() < 0.1:
                scores[player].append((holes + 1, 3))
        results.append(attempt(run, pars, closed, scores))
    return results
