"""feeding_plan on one to five readings, a warm spike, bad water and gaps between tests, then random springs; first_feed alongside."""

import random
from datetime import date, timedelta

from observing import attempt
from feeding import feeding_plan, first_feed
from waterlog import Reading

START = date(2024, 3, 25)


def readings_of(temperatures, ammonia=None, gaps=None):
    day = START
    readings = []
    for i, t in enumerate(temperatures):
        readings.append(Reading(day, t, ammonia[i] if ammonia else 0.0, 0.0, 7.6))
        day += timedelta(days=gaps[i] if gaps else 1)
    return readings


def run(temperatures, ammonia=None, gaps=None):
    readings = readings_of(temperatures, ammonia, gaps)
    plan = [(day.isoformat(), temperature, advice) for day, temperature, advice in feeding_plan(readings)]
    first = first_feed(readings)
    return plan, first.isoformat() if first else None


def observe():
    rng = random.Random(5523)
    results = []
    edge = [
        [],
        [6],
        [6, 8],
        [6, 8, 10],
        [6, 8, 10, 12],
        [6, 8, 10, 12, 14],
        [10, 10, 10, 19],
        [20, 20, 20, 2],
        [5, 6, 9, 12, 12],
        [30, 30, 30, 30, 0, 0, 0, 0],
        [7.9, 8.1, 7.9, 8.1, 7.9, 8.1],
        [24, 26, 24, 26, 24, 26, 24],
    ]
    for temperatures in edge:
        results.append(attempt(run, temperatures))
    results.append(attempt(run, [18, 18, 18, 18], [0, 0.5, 0, 0]))
    results.append(attempt(run, [4, 6, 9, 12, 14], None, [1, 7, 2, 1, 1]))
    for _ in range(200):
        n = rng.randint(1, 14)
        t = rng.uniform(2, 20)
        temperatures = []
        for _ in range(n):
            temperatures.append(round(t, 1))
            t = min(32, max(0, t + rng.uniform(-3, 4)))
        ammonia = [rng.choice((0, 0, 0, 0.1, 0.25, 0.5)) for _ in range(n)] if rng.random() < 0.3 else None
        gaps = [rng.randint(1, 5) for _ in range(n)] if rng.random() < 0.3 else None
        results.append(attempt(run, temperatures, ammonia, gaps))
    return results
