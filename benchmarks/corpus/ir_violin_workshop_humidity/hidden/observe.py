"""dry_spells over runs at the start, middle and end, thresholds and lengths, then random logs."""

import random
from datetime import datetime, timedelta

from observing import attempt
from luthier.readings import Reading
from luthier.spells import dry_spells, hours_dry, worst_spell

START = datetime(2024, 1, 1, 0, 0)


def log(rhs, step_minutes=60):
    return [Reading(START + timedelta(minutes=step_minutes * k), 18.0, rh) for k, rh in enumerate(rhs)]


def plain(spells):
    return [(s.start.isoformat(), s.end.isoformat(), s.readings, s.lowest_rh, s.hours) for s in spells]


def summary(readings, threshold, min_readings):
    spells = dry_spells(readings, threshold, min_readings)
    worst = worst_spell(spells)
    return plain(spells), hours_dry(spells), None if worst is None else plain([worst])[0]


def observe():
    rng = random.Random(4107)
    results = []
    cases = [
        [],
        [39],
        [41],
        [39, 38, 37],
        [45, 39, 38, 37],
        [39, 38, 37, 45],
        [39, 45, 39, 45, 39],
        [40, 40, 40],
        [39.9, 39.9, 39.9, 39.9],
        [45, 44, 39, 38],
        [38, 38, 45, 38, 38, 38],
        [30] * 10,
    ]
    for rhs in cases:
        for threshold in (40.0, 39.0, 45.0):
            for min_readings in (1, 2, 3, 4):
                results.append(attempt(summary, log(rhs), threshold, min_readings))
    for _ in range(150):
        n = rng.randint(0, 40)
        level = rng.uniform(34, 46)
        rhs = []
        for _ in range(n):
            level = min(60.0, max(25.0, level + rng.uniform(-3, 3)))
            rhs.append(round(level, 1))
        readings = log(rhs, rng.choice((15, 30, 60)))
        threshold = rng.choice((38.0, 40.0, 40.0, 42.0))
        min_readings = rng.randint(1, 5)
        results.append(attempt(summary, readings, threshold, min_readings))
    return results
