"""Accounts on every plan, below, at and over their limits: what is left, what fits, the banner."""

import random

from observing import attempt
from quota.usage import Account, can_store, remaining, warning


def observe():
    rng = random.Random(361)
    results = []
    for plan in ("free", "team", "business"):
        for _ in range(25):
            account = Account(plan, used=rng.randint(0, 2_000_000) // rng.choice([1, 10, 200]), bonus=rng.choice([0, 0, 500]))
            results.append((attempt(remaining, account), attempt(warning, account)))
            results.append([attempt(can_store, account, size) for size in (0, 1, 1000, 50_000)])
    return results
