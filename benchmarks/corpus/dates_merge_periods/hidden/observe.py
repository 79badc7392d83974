"""Merging random sets of short periods: overlapping, touching, and apart."""

import random
from datetime import date, timedelta

from observing import attempt
from dates.periods import leave_days, merge_periods


def observe():
    rng = random.Random(42)
    base = date(2024, 5, 1)
    results = [attempt(merge_periods, [])]
    for _ in range(60):
        periods = []
        for _ in range(rng.randint(1, 5)):
            first = base + timedelta(days=rng.randint(0, 30))
            periods.append((first, first + timedelta(days=rng.randint(0, 4))))
        results.append(attempt(merge_periods, periods))
        results.append(attempt(leave_days, periods))
    return results
