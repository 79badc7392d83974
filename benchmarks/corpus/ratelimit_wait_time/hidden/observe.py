"""Buckets of several rates and sizes under random request bursts on a fake clock."""

import random

from observing import attempt
from ratelimit.bucket import TokenBucket
from ratelimit.limits import Limiter


def observe():
    rng = random.Random(121)
    results = []
    now = [0.0]
    clock = lambda: now[0]
    for rate, capacity in ((1, 1), (0.5, 3), (2, 4), (10, 50)):
        bucket = TokenBucket(rate, capacity, clock)
        for _ in range(40):
            now[0] += rng.choice([0, 0, 0.1, 0.5, 1, 3])
            cost = rng.choice([1, 1, 2, 5])
            results.append((attempt(bucket.allow, cost), attempt(bucket.wait_time, cost), round(bucket.tokens, 6)))
    limiter = Limiter(clock)
    for _ in range(60):
        now[0] += rng.choice([0, 0.2, 1])
        results.append(attempt(limiter.check, rng.choice(["a", "b"]), rng.choice(["free", "pro"]), rng.choice([1, 3])))
    return results
