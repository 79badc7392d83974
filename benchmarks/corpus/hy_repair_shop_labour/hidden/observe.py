"""labour_charge and invoice totals over bench times and rate cards."""

import random

from observing import attempt
from benchfix.invoice import invoice_lines, invoice_total, labour_charge
from benchfix.jobs import Job, Part, Rates


def observe():
    rng = random.Random(5150)
    results = []
    cards = [Rates(), Rates(3600, 30, 30, 0.1), Rates(6000, 0, 6, 0.0), Rates(4500, 10, 1, 0.5)]
    for rates in cards:
        results.append([attempt(labour_charge, Job(1, "A", minutes), rates) for minutes in
                        [0, 1, 5, 10, 14, 15, 16, 29, 30, 31, 44, 45, 46, 59, 60, 61, 90, 119, 121, 240]])
        results.append(attempt(labour_charge, Job(1, "A", 75, under_warranty=True), rates))
    for _ in range(100):
        rates = rng.choice(cards)
        parts = [Part(f"p{i}", rng.randint(0, 5000), rng.randint(1, 4)) for i in range(rng.randint(0, 4))]
        job = Job(rng.randint(1, 999), "C", rng.randint(0, 300), parts, rng.random() < 0.15)
        results.append(attempt(invoice_lines, job, rates))
        results.append(attempt(invoice_total, job, rates))
    return results
