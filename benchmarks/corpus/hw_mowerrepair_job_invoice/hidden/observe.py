"""Invoices around every quarter hour, with and without parts, trade and collection; random jobs."""

import random

from observing import attempt
from workshop.invoice import Job, invoice
from workshop.parts import CATALOGUE

CODES = sorted(CATALOGUE)
PART_SETS = [[], [("PLG-RC", 1)], [("BLD-21", 1), ("OIL-600", 2)], [("CBL-THR", 3), ("FLT-AIR", 1)], [("NOPE", 1)]]


def observe():
    rng = random.Random(1515)
    results = []
    for minutes in (-1, 0, 1, 14, 15, 16, 29, 30, 31, 44, 45, 59, 60, 61, 89, 90, 119, 120, 121, 200):
        for parts in PART_SETS:
            for trade in (False, True):
                for collected in (False, True):
                    results.append(attempt(invoice, Job(minutes, parts, collected), trade))
    for _ in range(100):
        parts = [(rng.choice(CODES), rng.randint(1, 4)) for _ in range(rng.randint(0, 4))]
        job = Job(rng.randint(0, 300), parts, rng.random() < 0.3)
        results.append(attempt(invoice, job, rng.random() < 0.4))
    return results
