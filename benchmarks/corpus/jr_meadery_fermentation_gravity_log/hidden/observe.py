"""finished_on and report on logs that stall and restart, settle for two, three and more readings, wobble by half a mark, then random batches from pitching to bottling."""

import random
from datetime import date, timedelta

from observing import attempt
from fermentation import finished_on, report

START = date(2024, 1, 6)


def log(gravities, gap=2):
    return [(START + timedelta(days=gap * n), g) for n, g in enumerate(gravities)]


def run(gravities):
    readings = log(gravities)
    done = finished_on(readings)
    return (done.isoformat() if done else None), report(readings)


def observe():
    rng = random.Random(6121)
    cases = [
        [],
        [1.100],
        [1.100, 1.100],
        [1.100, 1.100, 1.100],
        [1.100, 1.080, 1.080, 1.050, 1.020, 1.020],
        [1.100, 1.080, 1.080, 1.060, 1.060, 1.040],
        [1.100, 1.080, 1.080, 1.080],
        [1.100, 1.090, 1.090, 1.070, 1.070, 1.050, 1.050, 1.030],
        [1.100, 1.090, 1.0904, 1.0908, 1.0912],
        [1.100, 1.090, 1.0904, 1.080, 1.0804, 1.000, 1.000, 1.000],
        [1.120, 1.050, 1.050, 1.010, 0.998, 0.998, 0.998],
        [1.050, 1.050, 1.049, 1.049, 1.048, 1.048],
    ]
    results = [attempt(run, c) for c in cases]
    for _ in range(200):
        gravity = round(rng.uniform(1.060, 1.160), 3)
        final = round(rng.uniform(0.990, 1.030), 3)
        gravities = [gravity]
        for _ in range(rng.randint(0, 25)):
            roll = rng.random()
            if roll < 0.45 or gravity <= final:
                pass  # a steady reading, or the yeast having a rest
            elif roll < 0.55:
                gravity = round(gravity + rng.choice((-0.0004, 0.0004, 0.0003)), 4)
            else:
                gravity = max(final, round(gravity - rng.choice((0.001, 0.002, 0.005, 0.010, 0.020)), 3))
            gravities.append(gravity)
        results.append(attempt(run, gravities))
    return results
