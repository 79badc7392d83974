"""Weeks starting on every day around a log of visits, including its edges."""

import random
from datetime import date, time, timedelta

from observing import attempt
from invoicing import visits_in_week, weekly_invoice
from visits import Visit


def summary(visits):
    if not isinstance(visits, list):
        return visits
    return [(v.pet, v.day, v.start) for v in visits]


def observe():
    rng = random.Random(3030)
    results = []
    first = date(2024, 2, 26)
    daily = [Visit("Rex", first + timedelta(days=n), time(9)) for n in range(21)]
    for offset in range(-8, 22):
        start = first + timedelta(days=offset)
        results.append(summary(attempt(visits_in_week, daily, start)))
        results.append(attempt(weekly_invoice, daily, start))
    pets = ["Biscuit", "Mango", "Rex", "Luna"]
    log = [Visit(rng.choice(pets), first + timedelta(days=rng.randint(0, 40)), time(rng.randint(6, 21), rng.choice([0, 15, 30, 45])),
                 rng.choice([20, 30, 45, 60])) for _ in range(150)]
    for offset in range(-3, 42):
        start = first + timedelta(days=offset)
        results.append(summary(attempt(visits_in_week, log, start)))
        results.append(attempt(weekly_invoice, log, start))
    for _ in range(60):
        sample = rng.sample(log, rng.randint(0, 30))
        start = first + timedelta(days=rng.randint(0, 40))
        results.append(summary(attempt(visits_in_week, sample, start)))
    return results
