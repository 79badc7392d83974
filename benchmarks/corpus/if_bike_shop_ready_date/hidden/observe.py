"""Ready dates for every weekday and job length, then random bookings over a year."""

import random
from datetime import date, timedelta

from observing import attempt
from jobs import CATALOGUE
from workshop import ready_on, ticket

NAMES = sorted(CATALOGUE)


def observe():
    rng = random.Random(8080)
    results = []
    monday = date(2024, 5, 13)
    for offset in range(7):
        for name in NAMES:
            results.append(attempt(ready_on, monday + timedelta(days=offset), [CATALOGUE[name]]))
        results.append(attempt(ready_on, monday + timedelta(days=offset), []))
    for _ in range(300):
        booked = date(2024, 1, 1) + timedelta(days=rng.randint(0, 365))
        jobs = [CATALOGUE[rng.choice(NAMES)] for _ in range(rng.randint(0, 4))]
        results.append(attempt(ready_on, booked, jobs))
    for _ in range(40):
        booked = date(2024, 1, 1) + timedelta(days=rng.randint(0, 365))
        form = ", ".join(rng.choice(NAMES) for _ in range(rng.randint(1, 3)))
        results.append(attempt(ticket, "cust", booked, form))
    return results
