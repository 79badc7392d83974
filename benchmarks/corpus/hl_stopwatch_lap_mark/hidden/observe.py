"""Stopwatches driven by random sequences of starts, stops, laps and resets."""

import random

from observing import attempt
from stopwatch.report import summary
from stopwatch.watch import Stopwatch


class Clock:
    def __init__(self, now):
        self.now = now

    def __call__(self):
        return self.now


def run(script, start=50.0):
    clock = Clock(start)
    watch = Stopwatch(clock)
    seen = []
    for step, seconds in script:
        clock.now += seconds
        seen.append(attempt(getattr(watch, step)))
    seen.append((list(watch.laps), watch.elapsed(), watch.running, attempt(summary, watch.laps)))
    return seen


def observe():
    rng = random.Random(6006)
    results = []
    edge = [
        [],
        [("lap", 1)],
        [("start", 0), ("lap", 0)],
        [("start", 0), ("lap", 0), ("lap", 0)],
        [("start", 0), ("lap", 10), ("lap", 10), ("lap", 10)],
        [("start", 0), ("lap", 10), ("stop", 5), ("start", 100), ("lap", 5)],
        [("start", 0), ("lap", 10), ("stop", 5), ("reset", 1), ("start", 1), ("lap", 7), ("lap", 3)],
        [("start", 0), ("start", 1), ("stop", 2), ("stop", 3), ("reset", 0)],
        [("start", 0), ("lap", 30), ("reset", 1), ("lap", 2), ("stop", 4), ("lap", 1)],
    ]
    for script in edge:
        results.append(run(script))
    steps = ["start", "stop", "lap", "lap", "lap", "reset", "elapsed"]
    for _ in range(100):
        script = [("start", 0)] + [(rng.choice(steps), rng.choice([0, 0.25, 1.5, rng.randint(1, 90)]))
                                   for _ in range(rng.randint(0, 14))]
        results.append(run(script, start=rng.choice([0.0, 50.0, 1000.5])))
    return results
