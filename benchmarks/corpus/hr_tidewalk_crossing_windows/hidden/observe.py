"""Safe windows and crossings on hand-made and random tide tables."""

import math
import random

from observing import attempt
from tidewalk.crossing import describe, next_crossing, safe_windows
from tidewalk.table import parse_table


def observe():
    rng = random.Random(3141)
    results = []
    edge = [
        [],
        [(600, 0.1)],
        [(600, 0.9)],
        [(0, 0.1), (60, 0.2), (120, 0.3)],
        [(0, 0.5), (60, 0.3)],
        [(0, 0.3), (60, 0.5)],
        [(0, 0.2), (30, 0.6), (60, 0.2)],
    ]
    for readings in edge:
        for limit in (0.0, 0.3, 1.0):
            results.append(attempt(safe_windows, readings, limit))
            results.append(attempt(describe, readings, limit))
            for now in (0, 30, 600):
                results.append(attempt(next_crossing, readings, now, 30, limit))
    results.append(attempt(safe_windows, parse_table("23:00 0.1\n22:00 0.5\n21:00 0.1")))
    for _ in range(100):
        step = rng.choice([15, 30, 60])
        phase = rng.uniform(0, 2 * math.pi)
        readings = [(t, round(0.8 + 0.75 * math.sin(phase + t / 200) + rng.uniform(-0.1, 0.1), 2))
                    for t in range(rng.randint(0, 300), 1440, step)]
        readings = readings[:rng.randint(1, len(readings))]
        limit = rng.choice([0.2, 0.3, 0.45, 0.7])
        now = rng.randint(0, 1439)
        results.append((attempt(safe_windows, readings, limit),
                        attempt(next_crossing, readings, now, rng.choice([0, 20, 45, 90]), limit),
                        attempt(describe, readings)))
    return results
