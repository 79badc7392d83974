"""labour_charge and bill over travel times and on-site times around quarter hours, then random jobs."""

import random
from datetime import datetime, timedelta

from observing import attempt
from locksmith.charges import bill, labour_charge
from locksmith.jobs import Job

TUESDAY = datetime(2024, 2, 6, 10, 0)


def observe():
    rng = random.Random(1212)
    results = []
    for travel in (0, 1, 14, 15, 29, 30, 45, 90):
        for on_site in (0, 1, 15, 29, 30, 31, 44, 45, 46, 60, 61, 135):
            arrived = TUESDAY + timedelta(minutes=travel)
            job = Job("c", TUESDAY, arrived, arrived + timedelta(minutes=on_site))
            results.append(attempt(labour_charge, job))
            results.append(attempt(bill, job))
    for _ in range(120):
        called = TUESDAY + timedelta(days=rng.randint(0, 6), minutes=rng.randint(0, 24 * 60 - 1))
        arrived = called + timedelta(minutes=rng.randint(0, 120))
        finished = arrived + timedelta(minutes=rng.randint(0, 240))
        job = Job("c", called, arrived, finished, lockout=rng.random() < 0.4)
        for _ in range(rng.randint(0, 3)):
            job.add_part(rng.choice(["cylinder", "sash lock", "keys"]), rng.choice([4.5, 12.0, 28.0, 65.99]))
        results.append(attempt(labour_charge, job))
        results.append(attempt(bill, job))
    return results
