"""Overdue lists for edge dates and for random registers on random days."""

import random
from datetime import date, timedelta

from observing import attempt
from museum.registry import LoanRegistry


def observe():
    rng = random.Random(1887)
    results = []
    registry = LoanRegistry()
    registry.lend("A", "X", date(2024, 5, 1), date(2024, 5, 10))
    registry.lend("B", "Y", date(2024, 5, 10), date(2024, 5, 10))
    for day in (1, 2, 9, 10, 11, 12, 30):
        results.append(attempt(registry.overdue, date(2024, 5, day)))
    results.append(attempt(LoanRegistry().overdue, date(2024, 1, 1)))
    start = date(2023, 1, 1)
    for _ in range(100):
        registry = LoanRegistry()
        for number in range(rng.randint(1, 8)):
            lent = start + timedelta(days=rng.randint(0, 200))
            due = lent + timedelta(days=rng.randint(0, 120))
            registry.lend(f"{number:03d}", rng.choice(["Gallery", "Library", "Castle"]), lent, due)
            if rng.random() < 0.3:
                registry.give_back(f"{number:03d}", lent + timedelta(days=rng.randint(0, 150)))
        days = [start + timedelta(days=rng.randint(0, 400)) for _ in range(3)]
        results.append([attempt(registry.overdue, day) for day in days])
    return results
