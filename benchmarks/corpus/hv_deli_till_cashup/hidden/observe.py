"""reconcile around the tolerance on both sides; random days' cash-ups and weeks."""

import random
from decimal import Decimal

from observing import attempt
from deli.cashup import cash_up, reconcile, week_summary
from deli.drawer import DENOMINATIONS


def observe():
    rng = random.Random(7070)
    results = []
    expected = Decimal("215.00")
    for cents in (-10000, -501, -500, -101, -51, -50, -49, -1, 0, 1, 49, 50, 51, 101, 500, 501, 10000):
        counted = expected + Decimal(cents) / 100
        for tolerance in (Decimal("0.00"), Decimal("0.50"), Decimal("1.00"), Decimal("5.00")):
            results.append(attempt(reconcile, counted, expected, tolerance))
        results.append(attempt(reconcile, counted, expected))
    week = []
    for _ in range(100):
        counts = {d: rng.randint(0, 12) for d in rng.sample(sorted(DENOMINATIONS), rng.randint(1, 8))}
        sales = [Decimal(rng.randint(150, 4500)) / 100 for _ in range(rng.randint(0, 12))]
        refunds = [Decimal(rng.randint(100, 900)) / 100 for _ in range(rng.randint(0, 2))]
        results.append(attempt(cash_up, counts, Decimal(rng.choice([50, 100, 150])), sales, refunds))
        counted = Decimal(rng.randint(10000, 40000)) / 100
        expected = counted + Decimal(rng.choice([0, 0, rng.randint(-800, 800)])) / 100
        result = attempt(reconcile, counted, expected)
        results.append(result)
        if isinstance(result, tuple):
            week.append(result)
        if len(week) == 7:
            results.append(attempt(week_summary, week))
            week = []
    return results
