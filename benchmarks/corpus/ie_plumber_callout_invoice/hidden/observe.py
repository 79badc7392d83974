"""labour_charge around every half hour for the first few hours, then random jobs
and their invoices."""

import random

from observing import attempt
from callout.invoice import Job, invoice, labour_charge


def observe():
    rng = random.Random(5150)
    results = []
    for minutes in list(range(-2, 200)) + [239, 240, 241, 479, 480, 481]:
        for emergency in (False, True):
            results.append((minutes, emergency, attempt(labour_charge, minutes, emergency)))
    for _ in range(250):
        results.append(attempt(labour_charge, rng.randint(0, 900), rng.random() < 0.3))
    for _ in range(80):
        job = Job("c", rng.randint(0, 400), round(rng.uniform(0, 60), 1), rng.random() < 0.25,
                  [round(rng.uniform(1, 80), 2) for _ in range(rng.randint(0, 4))])
        results.append(attempt(invoice, job))
    return results
