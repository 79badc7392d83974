"""SeasonLog.runs and best_run on hand-made seasons (gaps, dry days, repeat trips), then random seasons."""

import random
from datetime import date, timedelta

from observing import attempt
from sugarbush.season import SeasonLog

START = date(2024, 2, 20)


def run(trips, taps=30):
    log = SeasonLog("sugarbush", taps)
    for offset, litres, brix in trips:
        log.record(START + timedelta(days=offset), litres, brix)
    return log.runs(), log.best_run(), log.total_sap(), attempt(log.expected_syrup), log.litres_per_tap()


def observe():
    rng = random.Random(8602)
    results = []
    edge = [
        [],
        [(0, 10, 2.0)],
        [(0, 0, 0)],
        [(0, 10, 2.0), (1, 20, 2.0)],
        [(0, 10, 2.0), (2, 20, 2.0)],
        [(0, 10, 2.0), (1, 0, 0), (2, 20, 2.0)],
        [(0, 10, 2.0), (1, 5, 2.0), (3, 1, 2.0), (5, 7, 2.5), (6, 8, 2.5)],
        [(3, 10, 2.0), (0, 4, 2.0), (1, 6, 2.0), (3, 5, 3.0)],
        [(0, 10, 2.0), (0, 10, 3.0), (1, 0, 2.0), (10, 1, 1.0)],
        [(0, 30, 2.0), (4, 10, 2.0), (8, 50, 2.0), (9, 1, 2.0)],
    ]
    for trips in edge:
        results.append(attempt(run, trips))
    for _ in range(160):
        trips = []
        for offset in range(rng.randint(0, 40)):
            if rng.random() < 0.75:
                litres = rng.choice((0, 0, rng.randint(1, 300), rng.randint(1, 300) + 0.5))
                trips.append((offset, litres, rng.choice((1.5, 2.0, 2.4, 3.1))))
        if trips and rng.random() < 0.3:
            trips.append((rng.choice(trips)[0], rng.randint(0, 80), 2.0))
        rng.shuffle(trips)
        results.append(attempt(run, trips, rng.choice((0, 12, 40))))
    return results
