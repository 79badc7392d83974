"""shoot_diary starting on each day of the week, with schools of one to several days, inset days and half term in the way, then random autumn rounds; proofs_back on each."""

import random
from datetime import date, timedelta

from observing import attempt
from schoolphotos.diary import School, proofs_back, shoot_diary

MONDAY = date(2024, 9, 2)


def run(schools, first_day, closed):
    diary = shoot_diary(schools, first_day, closed)
    return diary, proofs_back(diary)


def observe():
    rng = random.Random(3358)
    results = [attempt(run, [], MONDAY, set())]
    half_term = {date(2024, 10, 28) + timedelta(days=n) for n in range(5)}
    for start in range(7):
        first_day = MONDAY + timedelta(days=start)
        for pupils in ([100], [500], [100, 300, 900], [1200, 50]):
            schools = [School(f"S{n}", p) for n, p in enumerate(pupils)]
            for closed in (set(), {MONDAY + timedelta(days=start)}, {MONDAY + timedelta(days=start + 1)}):
                results.append(attempt(run, schools, first_day, closed))
    for start in range(20, 30):
        results.append(attempt(run, [School("Big", 900), School("Small", 60)], date(2024, 10, start), half_term))
    for _ in range(120):
        schools = [School(f"School {n}", rng.randint(0, 1100)) for n in range(rng.randint(0, 8))]
        first_day = MONDAY + timedelta(days=rng.randint(0, 60))
        closed = {MONDAY + timedelta(days=rng.randint(0, 90)) for _ in range(rng.randint(0, 6))}
        if rng.random() < 0.3:
            closed |= half_term
        results.append(attempt(run, schools, first_day, closed))
    return results
