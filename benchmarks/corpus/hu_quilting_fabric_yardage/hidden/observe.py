"""Yardage for single cuts around strip boundaries and for random quilt plans."""

import random

from observing import attempt
from quiltplan.plan import QuiltPlan

SIZES = ["1", "1 1/2", "2", "2 1/2", "3", "3 1/2", "4", "4 1/2", "5", "6", "6 1/2", "8", "9 1/2", "10", "12", "20", "41 1/2", "42"]
FABRICS = ["navy", "cream", "rust", "sage", "gold"]


def yards(plan):
    return attempt(plan.yardage), attempt(plan.shopping_list)


def observe():
    rng = random.Random(4242)
    results = []
    for size in SIZES:
        for count in (1, 2, 7, 8, 9, 16, 17, 40, 100):
            for width, seam in ((42.0, 0.25), (44.0, 0.25), (42.0, 0.5), (40.0, 0.0)):
                plan = QuiltPlan(width, seam)
                plan.add_squares("navy", count, size)
                results.append(yards(plan))
    for _ in range(100):
        plan = QuiltPlan(rng.choice([40.0, 42.0, 44.0]), rng.choice([0.25, 0.25, 0.375, 0.5]))
        for _ in range(rng.randint(1, 6)):
            plan.add_squares(rng.choice(FABRICS), rng.randint(1, 60), rng.choice(SIZES[:-2]))
        results.append(yards(plan))
    return results
