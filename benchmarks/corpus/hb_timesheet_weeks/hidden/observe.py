"""Weekly totals of random timesheets spanning month and year ends."""

import random
from datetime import date, timedelta

from observing import attempt
from timesheet.entries import Entry
from timesheet.weeks import overtime, weekly_totals


def observe():
    results = []
    for start in [date(2024, 3, 4), date(2024, 3, 10), date(2023, 12, 31), date(2024, 1, 1), date(2020, 2, 29)]:
        week = [Entry(start + timedelta(days=i), 1 + i, "p") for i in range(8)]
        results.append(attempt(weekly_totals, week))
    results.append(attempt(weekly_totals, []))
    rng = random.Random(808)
    for _ in range(50):
        base = date(2023, 12, 1) + timedelta(days=rng.randint(0, 60))
        entries = [Entry(base + timedelta(days=rng.randint(0, 20)), rng.choice([0.5, 1, 2, 4, 7.5, 8, 10]),
                         rng.choice(["alpha", "beta", "gamma"])) for _ in range(rng.randint(0, 12))]
        results.append(attempt(weekly_totals, entries))
        results.append(list(attempt(weekly_totals, entries, "beta")))
        results.append(attempt(overtime, entries, rng.choice([8, 16, 40])))
    return results
