"""Storage charges either side of the free four weeks, before the shoes are ready, then random months at the counter."""

import random
from datetime import date, timedelta

from observing import attempt
from cobbler.tickets import PRICES, Counter

MONDAY = date(2024, 3, 4)


def charge(jobs, taken_in, days_after_ready):
    counter = Counter()
    ticket = counter.take_in("Hale", jobs, taken_in)
    return counter.storage_charge(ticket, ticket.ready_on + timedelta(days=days_after_ready))


def collect(jobs, taken_in, days_after_taken_in):
    counter = Counter()
    ticket = counter.take_in("Hale", jobs, taken_in)
    return counter.collect(ticket.number, taken_in + timedelta(days=days_after_taken_in)), ticket.ready_on


def observe():
    rng = random.Random(5150)
    results = []
    for jobs in (["heels"], ["full soles"], ["stitching", "stretch"]):
        for days in (-60, -29, -28, -7, -1, 0, 1, 27, 28, 29, 34, 35, 36, 42, 43, 100, 365):
            results.append(attempt(charge, jobs, MONDAY, days))
        for days in (0, 1, 3, 5, 6, 30, 33, 34, 35, 40, 41, 90):
            results.append(attempt(collect, jobs, MONDAY + timedelta(days=2), days))
    jobs = sorted(PRICES)
    for _ in range(60):
        counter = Counter()
        day = MONDAY
        for _ in range(rng.randint(1, 25)):
            day += timedelta(days=rng.randint(0, 9))
            if rng.random() < 0.6:
                picked = rng.sample(jobs, rng.randint(1, 3))
                results.append(attempt(lambda: counter.take_in("c", picked, day).ready_on))
            elif counter.tickets:
                number = rng.choice(sorted(counter.tickets))
                results.append(attempt(counter.storage_charge, counter.tickets[number], day))
                results.append(attempt(counter.collect, number, day))
            results.append(attempt(counter.waiting, day))
        later = day + timedelta(days=rng.randint(0, 80))
        results.append([attempt(counter.storage_charge, t, later) for t in counter.tickets.values()])
    return results
