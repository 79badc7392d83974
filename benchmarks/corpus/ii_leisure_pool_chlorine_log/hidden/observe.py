"""first_closure on short logs at every window size, edge cases, then random days."""

import random
from datetime import datetime, timedelta

from observing import attempt
from poolcare.limits import MAIN_POOL, SPA, TEACHING_POOL, Limits
from poolcare.readings import Reading, first_closure
from poolcare.report import day_report

START = datetime(2024, 5, 1, 6)


def log(values, phs=None):
    phs = phs or [7.4] * len(values)
    return [Reading(START + timedelta(hours=k), c, p) for k, (c, p) in enumerate(zip(values, phs))]


def observe():
    rng = random.Random(4417)
    results = []
    limits = [MAIN_POOL, TEACHING_POOL, SPA] + [Limits(1.0, 3.0, 7.2, 7.8, w) for w in (1, 2, 4, 5)]
    edge = [[], [0.2], [0.2, 0.2], [0.2, 0.2, 0.2], [0.2] * 6, [2.0, 0.1, 0.1], [0.1, 0.1, 2.0],
            [1.0, 1.0, 1.0], [0.99, 1.0, 1.0], [1.5, 0.5, 0.9], [5.0, 5.0, 2.0, 2.9]]
    for values in edge:
        for lim in limits:
            results.append(attempt(first_closure, log(values), lim))
    results.append(attempt(first_closure, log([0.1, 0.1], [7.4, 8.0]), MAIN_POOL))
    for _ in range(300):
        n = rng.randint(0, 10)
        values = [round(rng.uniform(0.0, 4.5), 1) for _ in range(n)]
        phs = [round(rng.uniform(7.0, 7.9), 1) if rng.random() < 0.3 else 7.4 for _ in range(n)]
        lim = rng.choice(limits)
        results.append(attempt(first_closure, log(values, phs), lim))
        results.append(attempt(day_report, log(values, phs), lim))
    return results
