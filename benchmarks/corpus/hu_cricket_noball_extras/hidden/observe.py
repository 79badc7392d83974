"""Innings scored from random deliveries, with every kind of extra and wickets."""

import random

from observing import attempt
from scorebook.innings import Innings


def state(innings):
    return (innings.runs, innings.wickets, innings.extras, innings.overs(), innings.finished(), innings.rate())


def observe():
    rng = random.Random(6161)
    results = []
    for extra in (None, "wide", "noball", "bye", "legbye", "dead"):
        for runs in (0, 1, 4, 6, -1):
            innings = Innings("X", max_overs=1)
            results.append((attempt(innings.record, runs, extra), state(innings)))
    innings = Innings("X", max_overs=1)
    for extra in ("noball", "noball", None, "wide", None, None, "noball", None, None, "noball"):
        results.append((attempt(innings.record, 1, extra), state(innings)))
    for _ in range(100):
        innings = Innings("X", max_overs=rng.randint(1, 4))
        steps = []
        for _ in range(rng.randint(1, 30)):
            extra = rng.choice([None, None, None, None, "wide", "noball", "noball", "bye", "legbye"])
            runs = rng.choice([0, 0, 0, 1, 1, 2, 3, 4, 6])
            steps.append(attempt(innings.record, runs, extra, rng.random() < 0.15))
        results.append((steps, state(innings), innings.summary()))
    return results
