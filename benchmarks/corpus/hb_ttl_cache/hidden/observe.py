"""Random sequences of cache operations against a manual clock."""

import random

from observing import attempt
from cachekit import ManualClock, TTLCache


def observe():
    results = []
    clock = ManualClock(10.0)
    cache = TTLCache(ttl=5, maxsize=4, clock=clock)
    cache.set("x", "X")
    for step in [4.0, 0.5, 0.5, 0.5]:
        clock.advance(step)
        results.append((cache.get("x", "gone"), "x" in cache, len(cache)))
    cache.set("n", None, ttl=1)
    results.append(cache.get("n", "default"))
    clock.advance(1)
    results.append(cache.get("n", "default"))
    cache.set("z", 0, ttl=0)
    results.append(cache.get("z", "expired at once"))
    cache.set("neg", 1, ttl=-3)
    results.append(("neg" in cache, len(cache)))
    rng = random.Random(31337)
    for _ in range(40):
        clock = ManualClock(rng.choice([0.0, 100.0]))
        cache = TTLCache(ttl=rng.choice([1, 2.5, 10]), maxsize=rng.randint(1, 5), clock=clock)
        trace = []
        for _ in range(30):
            op = rng.random()
            key = rng.choice("abcdef")
            if op < 0.35:
                ttl = rng.choice([None, None, 0.5, 1, 3])
                trace.append(attempt(cache.set, key, rng.randint(0, 9), ttl))
            elif op < 0.6:
                trace.append(attempt(cache.get, key, "-"))
            elif op < 0.7:
                trace.append(attempt(cache.__contains__, key))
            elif op < 0.8:
                trace.append(attempt(cache.get_or_set, key, lambda: "made"))
            elif op < 0.9:
                trace.append(attempt(len, cache))
            else:
                clock.advance(rng.choice([0.5, 1, 1, 2.5, 4]))
        trace.append(sorted(cache._entries))
        results.append(trace)
    return results
