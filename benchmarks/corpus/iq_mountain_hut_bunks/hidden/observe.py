"""Occupancy around one-night and longer stays at the range's edges, then random summers."""

import random
from datetime import date, timedelta

from observing import attempt
from hut.occupancy import can_take, full_nights, occupancy
from hut.stays import Stay

START = date(2024, 8, 1)


def nightly(stays, first, last):
    return sorted((night.isoformat(), people) for night, people in occupancy(stays, first, last).items())


def observe():
    rng = random.Random(2962)
    results = []
    first, last = START, START + timedelta(days=6)
    for arrive_offset in (-3, -1, 0, 2, 5, 6, 7):
        for length in (1, 2, 4):
            arrive = START + timedelta(days=arrive_offset)
            stay = Stay("p", 5, arrive, arrive + timedelta(days=length))
            results.append(attempt(nightly, [stay], first, last))
            results.append(attempt(full_nights, [stay], first, last, 5))
            results.append(attempt(can_take, [stay], Stay("q", 20, START, START + timedelta(days=2))))
            results.append(attempt(can_take, [stay], Stay("q", 19, START + timedelta(days=3), START + timedelta(days=4))))
    for _ in range(80):
        stays = []
        for k in range(rng.randint(0, 12)):
            arrive = START + timedelta(days=rng.randint(-2, 12))
            stays.append(Stay(f"party{k}", rng.randint(1, 12), arrive, arrive + timedelta(days=rng.randint(1, 4))))
        first = START + timedelta(days=rng.randint(0, 4))
        last = first + timedelta(days=rng.randint(0, 8))
        results.append(attempt(nightly, stays, first, last))
        results.append(attempt(full_nights, stays, first, last, rng.choice([12, 18, 24])))
        arrive = START + timedelta(days=rng.randint(0, 10))
        new = Stay("new", rng.randint(1, 10), arrive, arrive + timedelta(days=rng.randint(1, 3)))
        results.append(attempt(can_take, stays, new, rng.choice([12, 18, 24])))
    return results
