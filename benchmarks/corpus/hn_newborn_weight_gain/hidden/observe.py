"""Gains and checks for edge-case visits and random first weeks."""

import random

from observing import attempt
from weighins.checkups import Checkup
from weighins.growth import daily_gains, gaining_well


def observe():
    rng = random.Random(3420)
    results = []
    edge = [
        [],
        [Checkup(0, 3000)],
        [Checkup(0, 3000), Checkup(1, 2950)],
        [Checkup(0, 3000), Checkup(3, 2900), Checkup(4, 2900)],
        [Checkup(0, 3200), Checkup(2, 3300), Checkup(4, 3250), Checkup(6, 3350)],
        [Checkup(0, 2800), Checkup(5, 2700), Checkup(10, 2900), Checkup(11, 2920), Checkup(12, 2950)],
    ]
    for checkups in edge:
        results.append(attempt(daily_gains, checkups))
        for visits in (1, 2, 3):
            results.append(attempt(gaining_well, checkups, 20.0, visits))
    for _ in range(100):
        day = 0
        grams = rng.randint(2400, 4600)
        checkups = [Checkup(day, grams)]
        for _ in range(rng.randint(0, 8)):
            day += rng.randint(1, 5)
            grams += rng.choice([-120, -40, 0, 15, 30, 90, 160, 250])
            checkups.append(Checkup(day, grams))
        results.append(attempt(daily_gains, checkups))
        results.append(attempt(gaining_well, checkups, rng.choice([15.0, 20.0, 30.0]), rng.randint(1, 3)))
    return results
