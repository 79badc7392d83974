"""batch_labels on one day, several days, days out of order and gaps, unknown recipes, then random weeks of runs; kilos_by_day alongside."""

import random
from datetime import date, time, timedelta

from observing import attempt
from sausages.batches import Run, batch_labels, kilos_by_day
from sausages.recipes import RECIPES

MONDAY = date(2024, 3, 11)


def run(runs):
    labels = batch_labels(runs)
    rows = [(label.batch, label.recipe, label.use_by.isoformat(), label.kilos) for label in labels]
    return rows, kilos_by_day(labels)


def observe():
    rng = random.Random(4412)
    names = sorted(RECIPES)
    results = []
    edge = [
        [],
        [Run(MONDAY, time(7), "pork", 10.0)],
        [Run(MONDAY, time(7), "pork", 10.0), Run(MONDAY + timedelta(days=1), time(7), "pork", 10.0)],
        [Run(MONDAY + timedelta(days=1), time(6), "venison", 5.0), Run(MONDAY, time(9), "pork", 10.0), Run(MONDAY, time(7), "cumberland", 8.0)],
        [Run(MONDAY, time(7), "pork", 1.0), Run(MONDAY + timedelta(days=7), time(7), "pork", 1.0), Run(MONDAY + timedelta(days=7), time(8), "pork", 1.0)],
        [Run(MONDAY, time(7), "pork", 1.0), Run(MONDAY + timedelta(days=1), time(7), "haggis", 1.0)],
        [Run(MONDAY, time(8, 30), "Pork and Leek", 12.5), Run(MONDAY, time(8, 30), "lamb and mint", 3.0)],
    ]
    for runs in edge:
        results.append(attempt(run, runs))
    for _ in range(150):
        runs = []
        for _n in range(rng.randint(0, 14)):
            day = MONDAY + timedelta(days=rng.randint(0, 5))
            started = time(rng.randint(6, 15), rng.choice((0, 15, 30, 45)))
            runs.append(Run(day, started, rng.choice(names), round(rng.uniform(2, 40), 1)))
        rng.shuffle(runs)
        results.append(attempt(run, runs))
    return results
