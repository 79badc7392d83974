"""Indexes of random small documents, queried with random one- and two-term queries."""

import random

from observing import attempt
from search.index import Index

WORDS = ["cat", "cats", "dog", "running", "runs", "rain", "the", "red", "fish", "indexes", "bus", "snow"]


def observe():
    rng = random.Random(161)
    results = []
    for _ in range(25):
        index = Index()
        for n in range(rng.randint(1, 6)):
            results.append(attempt(index.add, f"d{n % 5}", " ".join(rng.choice(WORDS) for _ in range(rng.randint(0, 8)))))
        for _ in range(8):
            query = " ".join(rng.sample(WORDS, rng.randint(1, 2)))
            results.append(attempt(index.search, query))
            results.append(attempt(index.positions, rng.choice(["cat", "fish", "rain", "run"]), "d0"))
        results.append(attempt(index.average_length))
    return results
