"""Bursts of requests from a few keys, at the window's edges and at random times."""

import random

from observing import attempt
from throttle import SlidingWindowLimiter


def observe():
    rng = random.Random(1207)
    results = []
    for limit, window in ((1, 1.0), (2, 10.0), (3, 5.0)):
        limiter = SlidingWindowLimiter(limit, window)
        for now in (0.0, 0.0, 0.5, 1.0, 1.0, 4.9, 5.0, 5.0, 5.1, 10.0, 10.5, 20.0, 20.0, 20.0, 20.0):
            results.append((attempt(limiter.allow, "k", now), limiter.remaining("k", now), limiter.retry_after("k", now)))
    for _ in range(30):
        limiter = SlidingWindowLimiter(rng.randint(1, 4), rng.choice([1.0, 2.5, 10.0]))
        now = 0.0
        trace = []
        for _ in range(rng.randint(3, 15)):
            now += rng.choice([0.0, 0.1, 0.5, 1.0, 2.5, 3.0])
            key = rng.choice("ab")
            trace.append((attempt(limiter.allow, key, now), limiter.remaining(key, now), round(limiter.retry_after(key, now), 6)))
        results.append(trace)
    return results
