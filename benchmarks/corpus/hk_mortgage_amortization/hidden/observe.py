"""Repayment tables for edge-case and random loans."""

import random
from decimal import Decimal

from observing import attempt
from loan.schedule import amortization, total_interest, total_paid


def table(principal, rate, months):
    rows = amortization(Decimal(principal), Decimal(rate), months)
    shown = rows if len(rows) <= 24 else rows[:4] + rows[len(rows) // 2 : len(rows) // 2 + 2] + rows[-4:]
    return shown, len(rows), total_interest(rows), total_paid(rows)


def observe():
    rng = random.Random(8812)
    results = []
    edge = [("0", "5", 12), ("0.01", "5", 1), ("100", "0", 1), ("100", "0", 3), ("1000", "12", 1),
            ("1000", "12", 2), ("999.99", "99", 6), ("250000", "3.75", 300), ("1", "1", 0), ("500", "7", -2)]
    for principal, rate, months in edge:
        results.append(attempt(table, principal, rate, months))
    for _ in range(100):
        principal = str(Decimal(rng.randint(100, 50_000_000)) / 100)
        rate = str(Decimal(rng.randint(0, 1500)) / 100)
        months = rng.choice([rng.randint(1, 36), rng.randint(1, 120), 180, 240])
        results.append(attempt(table, principal, rate, months))
    return results
