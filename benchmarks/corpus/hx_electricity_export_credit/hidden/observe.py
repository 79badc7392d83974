"""Bills with and without export on every tariff, and random pairs of readings."""

import random
from datetime import date, timedelta

from observing import attempt
from energybill.bill import Reading, make_bill, pounds
from energybill.tariff import TARIFFS, Tariff


def observe():
    rng = random.Random(1313)
    results = []
    start = date(2024, 1, 1)
    for tariff in TARIFFS.values():
        for days, imported, exported in ((91, 800, 0), (91, 400, 700), (30, 0, 0), (1, 1, 1), (365, 3200, 2500),
                                         (0, 10, 0), (10, -1, 0), (10, 5, -2), (92, 0, 900)):
            bill = attempt(make_bill, Reading(start, 1000, 500), Reading(start + timedelta(days=days), 1000 + imported,
                                                                          500 + exported), tariff)
            results.append(bill)
    for _ in range(100):
        tariff = Tariff("t", rng.choice([19.9, 24.5, 27.95, 30.0]), rng.choice([0.0, 45.0, 60.1]),
                        rng.choice([0.0, 4.1, 15.0, 22.5]), rng.choice([0.05, 0.2, 0.0]))
        first = Reading(start + timedelta(days=rng.randint(0, 200)), rng.randint(0, 50_000), rng.randint(0, 9_000))
        second = Reading(first.day + timedelta(days=rng.randint(1, 120)), first.imported + rng.randint(0, 2_000),
                         first.exported + rng.choice([0, rng.randint(0, 1_500)]))
        bill = attempt(make_bill, first, second, tariff)
        results.append((bill, attempt(pounds, bill.total) if not isinstance(bill, str) else None))
    return results
