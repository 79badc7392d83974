"""Move-in invoices for every day around the late-move-in day, month ends, leap
Februaries, and random rents and dates."""

import random
from datetime import date, timedelta
from decimal import Decimal

from observing import attempt
from lettings.movein import move_in_invoice, total


def observe():
    rng = random.Random(2020)
    results = []
    rent = Decimal("1300.00")
    for day in (1, 2, 15, 18, 19, 20, 21, 28, 29, 30, 31):
        for month in (1, 2, 4, 12):
            try:
                when = date(2024, month, day)
            except ValueError:
                continue
            lines = attempt(move_in_invoice, rent, when)
            results.append((lines, attempt(total, lines)))
    results.append(attempt(move_in_invoice, Decimal("0"), date(2023, 2, 28)))
    results.append(attempt(move_in_invoice, Decimal("777.77"), date(2023, 2, 20), 4))
    for _ in range(100):
        rent = Decimal(rng.randint(40000, 300000)) / 100
        when = date(2023, 1, 1) + timedelta(days=rng.randint(0, 800))
        weeks = rng.choice([4, 5, 5, 6])
        lines = attempt(move_in_invoice, rent, when, weeks)
        results.append((lines, attempt(total, lines)))
    return results
