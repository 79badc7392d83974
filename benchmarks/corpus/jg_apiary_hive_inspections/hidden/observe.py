"""due_for_inspection across statuses, seasons and days since the last look, then random apiaries."""

import random
from datetime import date, timedelta

from observing import attempt
from apiary.hives import STATUSES, Apiary


def run(today, hives):
    apiary = Apiary("Out")
    for name, status, last in hives:
        apiary.add(name)
        if last is not None:
            apiary.record_inspection(name, today - timedelta(days=last))
        if status != "active":
            apiary.mark(name, status)
    return apiary.due_for_inspection(today)


def observe():
    rng = random.Random(4417)
    results = []
    days = [date(2024, m, d) for m in range(1, 13) for d in (1, 15, 28)]
    for today in (date(2024, 5, 10), date(2024, 9, 10), date(2024, 12, 10)):
        for status in STATUSES:
            for last in (None, 0, 1, 6, 7, 8, 13, 14, 15, 40):
                results.append(attempt(run, today, [("A", status, last)]))
                results.append(attempt(run, today, [("A", status, last), ("B", "active", 3)]))
    for _ in range(150):
        today = rng.choice(days)
        hives = [
            (f"H{i}", rng.choice(STATUSES + ("active", "active")), rng.choice((None, rng.randint(0, 30))))
            for i in range(rng.randint(0, 7))
        ]
        results.append(attempt(run, today, hives))
    return results
