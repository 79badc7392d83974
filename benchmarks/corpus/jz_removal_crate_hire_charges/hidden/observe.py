"""charge on every day of hires with no collections, one collection inside and after the free week, collections booked ahead of the day asked, small hires near the minimum, then random hires; out and statement too."""

import random
from datetime import date, timedelta

from observing import attempt
from hire import Hire

START = date(2024, 3, 4)


def run(crates, collections, days):
    hire = Hire("Customer", START, crates)
    done = [attempt(hire.collect, START + timedelta(days=d), n) for d, n in collections]
    seen = []
    for d in days:
        on = START + timedelta(days=d)
        seen.append((d, attempt(hire.charge, on), attempt(hire.out, on), attempt(hire.statement, on)))
    return done, seen


def observe():
    rng = random.Random(7140)
    results = []
    every_day = list(range(0, 60))
    for crates in (1, 5, 13, 14, 20, 60):
        results.append(run(crates, [], every_day))
        results.append(run(crates, [(3, crates)], every_day))
        results.append(run(crates, [(7, crates // 2), (8, crates - crates // 2)], every_day))
        results.append(run(crates, [(15, 1), (29, crates - 1)], every_day))
        results.append(run(crates, [(40, crates)], every_day))
    results.append(run(10, [(5, 11)], every_day))
    results.append(run(10, [(-1, 2)], every_day))
    for _ in range(150):
        crates = rng.choice((1, 4, 10, 14, 25, 40, 80, rng.randint(1, 200)))
        collections = []
        left = crates
        for _ in range(rng.randint(0, 4)):
            n = rng.randint(0, left)
            collections.append((rng.randint(0, 70), n))
            left -= n
        days = sorted(rng.sample(range(0, 90), 8))
        results.append(run(crates, collections, days))
    return results
