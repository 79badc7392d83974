"""Random put/get sequences on caches of several sizes: values, order of keys, hit rates."""

import random

from observing import attempt
from lru import LRUCache


def observe():
    rng = random.Random(111)
    results = []
    for capacity in (1, 2, 3, 5, 8):
        cache = LRUCache(capacity)
        for _ in range(80):
            key = rng.choice("abcdefghij")
            if rng.random() < 0.5:
                results.append(attempt(cache.put, key, rng.randint(0, 99)))
            else:
                results.append(attempt(cache.get, key, -1))
            results.append(cache.keys())
        results.append((cache.hits, cache.misses, attempt(cache.hit_rate)))
    return results
