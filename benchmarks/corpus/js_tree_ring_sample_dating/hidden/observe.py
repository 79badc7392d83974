"""date_sample on cores cut from the master at its start, middle and very end, of 29 to the whole master's rings, with and without bark edge, scaled and noisy; then random cores and random masters."""

import random

from observing import attempt
from dendro import Chronology, date_sample


def observe():
    rng = random.Random(3389)
    results = []
    master = Chronology(1500, [round(rng.uniform(0.3, 3.0), 2) for _ in range(120)])
    for start in (0, 1, 40, 89, 90, 91):
        for rings in (29, 30, 31, 45, 60, 120):
            if start + rings > 120:
                rings = 120 - start
            piece = master.widths[start : start + rings]
            for bark in (False, True):
                results.append(attempt(date_sample, piece, master, bark))
                results.append(attempt(date_sample, [w * 1.7 + 0.1 for w in piece], master, bark))
    results.append(attempt(date_sample, [1.0] * 40, master))
    results.append(attempt(date_sample, master.widths + [1.0], master))
    for _ in range(150):
        length = rng.randint(30, 200)
        chron = Chronology(rng.randint(900, 1900), [round(rng.uniform(0.2, 3.5), 2) for _ in range(length)])
        rings = rng.randint(25, length)
        start = rng.randint(0, length - rings)
        noise = rng.choice((0.0, 0.1, 0.5, 2.0))
        sample = [max(0.05, w * rng.uniform(0.5, 1.5) + rng.gauss(0, noise)) for w in chron.widths[start : start + rings]]
        if rng.random() < 0.15:
            sample = [rng.uniform(0.2, 3.5) for _ in range(rings)]
        results.append(attempt(date_sample, sample, chron, rng.random() < 0.5))
    return results
