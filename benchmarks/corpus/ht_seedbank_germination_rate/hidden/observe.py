"""Germination rates and viable lots over random trials, some contaminated."""

import random

from observing import attempt
from seedbank.lots import rates_by_lot, viable_lots
from seedbank.trials import Trial, germination_rate, read_trials


def observe():
    rng = random.Random(4417)
    results = []
    edge = [
        [],
        [Trial("A", 0, 0)],
        [Trial("A", 3, 1)],
        [Trial("A", 3, 2), Trial("A", 7, 7)],
        [Trial("A", 10, 1, True)],
        [Trial("A", 10, 1, True), Trial("A", 6, 5)],
        [Trial("A", 8, 8, True), Trial("A", 0, 0)],
        [Trial("A", 200, 171), Trial("A", 1, 0, True)],
    ]
    for trials in edge:
        results.append(attempt(germination_rate, trials))
    results.append(attempt(lambda: germination_rate(read_trials(
        "lot,sown,sprouted,notes\nX,9,8,\nX,9,1,MOULD\nX,9,7,mouldy paper\nX,9,6,\n"))))
    for _ in range(100):
        trials = []
        for _ in range(rng.randint(0, 9)):
            sown = rng.choice([0, 7, 10, 12, 20, 25, 30, 50, 64])
            trials.append(Trial(rng.choice("ABCD"), sown, rng.randint(0, sown), rng.random() < 0.25))
        results.append((attempt(germination_rate, trials), attempt(rates_by_lot, trials),
                        attempt(viable_lots, trials), attempt(viable_lots, trials, 66.7)))
    return results
