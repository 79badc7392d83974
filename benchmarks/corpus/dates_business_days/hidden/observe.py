"""Business days and leave days over ranges of every length, with and without holidays."""

import random
from datetime import date, timedelta

from observing import attempt
from dates.periods import business_days_between, leave_days


def observe():
    rng = random.Random(41)
    start = date(2024, 1, 1)
    holidays = [date(2024, 1, 1), date(2024, 1, 6), date(2024, 3, 29), date(2024, 12, 25)]
    results = []
    for _ in range(60):
        first = start + timedelta(days=rng.randint(0, 360))
        last = first + timedelta(days=rng.randint(-2, 40))
        chosen = rng.sample(holidays, rng.randint(0, 4))
        results.append(attempt(business_days_between, first, last, chosen))
    results.append(attempt(business_days_between, date(2024, 12, 23), date(2024, 12, 27), holidays))
    requests = [(date(2024, 3, 25), date(2024, 4, 2)), (date(2024, 3, 28), date(2024, 3, 29))]
    results.append(attempt(leave_days, requests, holidays))
    return results
