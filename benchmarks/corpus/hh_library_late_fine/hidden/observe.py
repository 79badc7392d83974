"""Fines for every day around the grace period and the week boundaries, then random loans."""

import random
from datetime import date, timedelta

from observing import attempt
from mod import due_date, fines_owed, late_fine

DUE = date(2024, 2, 20)


def observe():
    rng = random.Random(3302)
    results = [attempt(late_fine, DUE, DUE + timedelta(days=days)) for days in range(-10, 80)]
    for _ in range(40):
        loans = []
        for member in ("ana", "ben", "cy", "dee"):
            for _ in range(rng.randint(0, 3)):
                borrowed = date(2024, 1, 1) + timedelta(days=rng.randint(0, 90))
                returned = rng.choice([None, borrowed + timedelta(days=rng.randint(0, 80))])
                loans.append((member, borrowed, rng.randint(0, 2), returned))
        today = date(2024, 1, 1) + timedelta(days=rng.randint(60, 200))
        results.append(attempt(fines_owed, loans, today))
        results.append([attempt(due_date, b, r) for _, b, r, _ in loans])
    return results
