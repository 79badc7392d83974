"""quote and sheets_to_order on sizes and runs around whole sheets, then random batches of jobs."""

import random

from observing import attempt
from jobs import Job
from quote import quote, sheets_to_order

STOCK_NAMES = ["cotton-600", "kraft-350", "smooth-300"]
SIZES = [(89, 55), (148, 105), (127, 178), (210, 148), (100, 100), (600, 800), (300, 420)]


def observe():
    rng = random.Random(5561)
    results = []
    for stock in STOCK_NAMES:
        for width, height in SIZES:
            for copies in (0, 1, 17, 18, 19, 77, 78, 79, 117, 250, 1000):
                for colours, duplex in ((1, False), (2, False), (1, True), (3, True)):
                    results.append(attempt(quote, Job("c", stock, width, height, copies, colours, duplex)))
    for _ in range(80):
        jobs = [
            Job(f"cust{k}", rng.choice(STOCK_NAMES), *rng.choice(SIZES[:5]), rng.randint(1, 2000), rng.randint(1, 4), rng.random() < 0.3)
            for k in range(rng.randint(0, 6))
        ]
        results.append(attempt(sheets_to_order, jobs))
        results.append([attempt(quote, job) for job in jobs])
    return results
