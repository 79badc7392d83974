"""Scorecard.totals on every short attempt sequence, then random league rounds."""

import itertools
import random

from observing import attempt
from ranking import ranking
from scorecard import OUTCOMES, Scorecard


def sequence_ok(outcomes):
    return "top" not in outcomes[:-1]


def observe():
    rng = random.Random(7741)
    results = []
    for length in range(0, 5):
        for outcomes in itertools.product(OUTCOMES, repeat=length):
            if not sequence_ok(outcomes):
                continue
            card = Scorecard("c", ["B1"])
            card.attempts["B1"] = list(outcomes)
            results.append(attempt(card.totals))
    boulders = ["B1", "B2", "B3", "B4", "B5"]
    for _ in range(80):
        cards = []
        for k in range(rng.randint(1, 7)):
            card = Scorecard(f"climber{k}", boulders)
            for boulder in boulders:
                for _ in range(rng.randint(0, 5)):
                    attempt(card.log, boulder, rng.choices(OUTCOMES, weights=(5, 3, 2))[0])
            cards.append(card)
            results.append(attempt(card.totals))
        results.append(attempt(ranking, cards))
    return results
