"""Duty stretches for hand-picked day patterns, then random sheets checked against several limits."""

import random
from datetime import date, timedelta

from observing import attempt
from lifeguard.rota import duty_stretches, longest_stretch, too_long

START = date(2024, 6, 24)


def days(*offsets):
    return [START + timedelta(days=k) for k in offsets]


def observe():
    rng = random.Random(1207)
    results = []
    patterns = [
        (),
        (0,),
        (0, 0),
        (0, 1),
        (0, 2),
        (3, 1, 2),
        (0, 1, 2, 3, 4, 5, 6),
        (0, 1, 2, 3, 4, 5, 6, 7),
        (0, 2, 4, 6),
        (0, 1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12, 13, 14, 15, 16),
        (10, 9, 8, 1, 0),
    ]
    for pattern in patterns:
        results.append(attempt(duty_stretches, days(*pattern)))
        duties = {"Amy": days(*pattern)}
        results.append(attempt(longest_stretch, duties, "Amy"))
        for limit in (1, 3, 6, 7):
            results.append(attempt(too_long, duties, limit))
    for _ in range(100):
        duties = {}
        for name in ["Amy", "Ben", "Cara", "Dev", "Eve"][: rng.randint(1, 5)]:
            worked = [k for k in range(rng.randint(1, 40)) if rng.random() < rng.choice((0.5, 0.8, 0.95))]
            rng.shuffle(worked)
            duties[name] = days(*worked)
        for name in duties:
            results.append(attempt(duty_stretches, duties[name]))
            results.append(attempt(longest_stretch, duties, name))
        results.append(attempt(too_long, duties))
        results.append(attempt(too_long, duties, rng.randint(1, 8)))
    return results
