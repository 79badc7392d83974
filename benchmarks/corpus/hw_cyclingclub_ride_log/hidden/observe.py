"""split_rides on gaps either side of the limit, lone fixes, unsorted input; random days."""

import datetime
import random

from observing import attempt
from ridelog.rides import day_summary, split_rides
from ridelog.track import Fix

START = datetime.datetime(2024, 6, 1, 7, 0)


def track(minutes, rng=None):
    fixes = []
    for i, m in enumerate(minutes):
        lat = 51.0 + 0.003 * i if rng is None else 51.0 + rng.uniform(-0.05, 0.05)
        fixes.append(Fix(START + datetime.timedelta(minutes=m), lat, -2.0 + 0.001 * i))
    return fixes


def shape(rides):
    if isinstance(rides, str):
        return rides
    return [[(f.time, f.lat) for f in ride] for ride in rides]


def observe():
    rng = random.Random(2718)
    results = []
    patterns = [
        [], [0], [0, 5], [0, 20], [0, 21], [0, 5, 30], [0, 25, 30], [0, 5, 10, 40, 45, 50],
        [0, 30, 60, 90], [0, 5, 30, 35, 60], [0, 5, 30, 60, 65], [0, 5, 10, 31, 52, 73],
        [40, 0, 45, 5], [0, 0, 1], [0, 5, 200, 205, 206, 400],
    ]
    for minutes in patterns:
        for gap in (10, 20, 21, 30, 60):
            results.append(shape(attempt(split_rides, track(minutes), datetime.timedelta(minutes=gap))))
        results.append(attempt(day_summary, track(minutes)))
    for _ in range(100):
        minutes = sorted(rng.sample(range(0, 600), rng.randint(0, 14)))
        if rng.random() < 0.3:
            rng.shuffle(minutes)
        fixes = track(minutes, rng)
        gap = datetime.timedelta(minutes=rng.choice([5, 15, 20, 45]))
        results.append(shape(attempt(split_rides, fixes, gap)))
        results.append(attempt(day_summary, fixes, gap))
    return results
