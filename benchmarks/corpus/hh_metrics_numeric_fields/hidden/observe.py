"""Measurements, totals and averages of hand-picked and random events."""

import random

from observing import attempt
from metrics.summary import averages, measurements, report, totals

EDGE = [
    {},
    {"ok": True},
    {"ok": False},
    {"n": 0},
    {"n": 1, "flag": True},
    {"x": 1.5, "y": None, "z": "3", "w": [1]},
    {"count": 2, "done": False, "retry": True},
]


def observe():
    rng = random.Random(611)
    results = [attempt(measurements, event) for event in EDGE]
    results.append(attempt(totals, EDGE))
    results.append(attempt(averages, EDGE))
    values = [0, 1, 7, 2.5, -3, True, False, None, "x", 1.25]
    for _ in range(100):
        events = []
        for _ in range(rng.randint(0, 6)):
            event = {"kind": rng.choice(["request", "job", "login"])}
            for key in rng.sample(["ms", "bytes", "cached", "ok", "retries", "user"], rng.randint(0, 5)):
                event[key] = rng.choice(values)
            events.append(event)
        results.append([attempt(measurements, event) for event in events])
        results.append(attempt(totals, events))
        results.append(attempt(report, events))
    return results
