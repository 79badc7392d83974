"""service_periods on short and regular timetables and random ones; describe and
headway_at on what it returns."""

import random

from observing import attempt
from tramline.periods import describe, headway_at, service_periods


def observe():
    rng = random.Random(6060)
    results = []
    fixed = [[], [300], [300, 310], [300, 310, 320], [300, 310, 325], [300, 315, 320, 325],
             list(range(360, 600, 12)), [300, 300, 310], [300, 310, 320, 335, 350, 360, 370],
             list(range(300, 420, 20)) + list(range(420, 480, 5)) + list(range(480, 1500, 15))]
    for departures in fixed:
        periods = attempt(service_periods, departures)
        results.append(periods)
        if isinstance(periods, list):
            results.append(attempt(describe, periods))
            results.append([attempt(headway_at, periods, m) for m in range(290, 1510, 7)])
    for _ in range(100):
        departures = []
        minute = rng.randint(300, 420)
        for _ in range(rng.randint(0, 6)):
            gap = rng.choice([5, 6, 7, 8, 10, 12, 15, 20, 30])
            for _ in range(rng.randint(1, 8)):
                departures.append(minute)
                minute += gap
        periods = attempt(service_periods, departures)
        results.append(periods)
        if isinstance(periods, list):
            results.append(attempt(describe, periods))
            results.append([attempt(headway_at, periods, rng.randint(280, minute + 20)) for _ in range(10)])
    return results
