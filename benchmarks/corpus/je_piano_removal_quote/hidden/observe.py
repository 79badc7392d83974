"""Quotes around the free ten miles, with stairs at one end, the other, or both, weekends and tuning, then random jobs."""

import random
from datetime import date, timedelta

from observing import attempt
from removals.quote import Job, crew_needed, quote

PIANOS = ["upright", "baby grand", "grand", "digital", "Baby-Grand", "boudoir grand", "harpsichord"]
MONDAY = date(2024, 6, 10)


def run(piano, miles, from_flights, to_flights, day, tuning):
    job = Job(piano, miles, from_flights, to_flights, day, tuning)
    return quote(job), crew_needed(job)


def observe():
    rng = random.Random(2208)
    results = []
    for miles in (0, 1, 5, 9, 10, 11, 12, 25, 100):
        for flights in ((0, 0), (1, 0), (0, 1), (2, 3), (0, 4)):
            for piano in ("upright", "grand"):
                results.append(attempt(run, piano, miles, *flights, MONDAY, False))
    for offset in range(7):
        results.append(attempt(run, "baby grand", 4, 0, 2, MONDAY + timedelta(days=offset), True))
    results.append(attempt(run, "upright", -1, 0, 0, MONDAY, False))
    results.append(attempt(run, "upright", 10, 0, -1, MONDAY, False))
    results.append(attempt(run, "harpsichord", 10, 0, 0, MONDAY, False))
    for _ in range(150):
        results.append(
            attempt(
                run,
                rng.choice(PIANOS),
                rng.randint(0, 60),
                rng.choice((0, 0, 1, 2, 3, 5)),
                rng.choice((0, 0, 1, 2, 3, 5)),
                MONDAY + timedelta(days=rng.randint(0, 30)),
                rng.random() < 0.3,
            )
        )
    return results
