"""Percentiles of short and long, sorted and shuffled samples, and summaries of random logs."""

import random

from observing import attempt
from loadtest.report import parse_samples, summarize
from loadtest.stats import percentile

PCTS = [0, 1, 10, 25, 33.3, 50, 75, 90, 95, 99, 99.9, 100, -0.5, 100.5]


def observe():
    rng = random.Random(2718)
    results = []
    samples = [[], [7], [7, 7], [1, 2], [2, 1], [1, 2, 3], [0, 100], [5.5, -2.0, 3.25, 8.0], list(range(10)),
               list(range(100, 0, -1))]
    for _ in range(40):
        samples.append([round(rng.uniform(1, 500), 2) for _ in range(rng.randint(1, 25))])
    for values in samples:
        for pct in PCTS:
            results.append(attempt(percentile, values, pct))
        results.append(attempt(percentile, values, rng.uniform(0, 100)))
    for _ in range(20):
        lines = []
        for _ in range(rng.randint(1, 30)):
            method = rng.choice(["GET", "get", "POST"])
            path = rng.choice(["/", "/api/items", "/api/users", "/login"])
            status = rng.choice([200, 200, 200, 201, 404, 500, 503])
            lines.append(f"{method} {path} {status} {rng.uniform(1, 800):.1f}")
        found = attempt(summarize, parse_samples("\n".join(lines)))
        results.append(found)
    return results
