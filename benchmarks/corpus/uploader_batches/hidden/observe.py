"""Random record streams split under random record and byte limits; what upload sends."""

import random

from observing import attempt
from uploader.batching import batches
from uploader.client import upload


def observe():
    rng = random.Random(281)
    results = []
    for _ in range(60):
        stream = [{"id": i, "body": "x" * rng.choice([0, 10, 200, 1500])} for i in range(rng.randint(0, 12))]
        limit = rng.randint(1, 5)
        results.append([[r["id"] for r in b] for b in attempt(batches, stream, limit, rng.choice([300, 1000]))])
        sent = []
        results.append((attempt(upload, stream, sent.append, limit), [r["id"] for part in sent for r in part]))
    return results
