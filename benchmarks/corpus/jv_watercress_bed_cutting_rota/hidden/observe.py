"""Bed.cutting_days over ranges ending on, just before and just after a cut, single days, empty and reversed ranges, beds planted in every month; then random beds and ranges; rota and crates on random bed lists."""

import random
from datetime import date, timedelta

from observing import attempt
from cressbeds.beds import Bed
from cressbeds.rota import crates, rota


def observe():
    rng = random.Random(6607)
    results = []
    for month in range(1, 13):
        bed = Bed("B", date(2024, month, 3), 150)
        first, every = bed.first_cut(), bed.regrowth()
        for start_shift in (-40, -1, 0, 1, every - 1, every):
            start = first + timedelta(days=start_shift)
            for end_shift in (-1, 0, 1, every - 1, every, every + 1, 3 * every, 3 * every + 1):
                end = first + timedelta(days=end_shift)
                results.append(attempt(bed.cutting_days, start, end))
        for k in range(4):
            day = first + timedelta(days=k * every)
            results.append(attempt(bed.cutting_days, day, day))
            results.append(attempt(bed.cutting_days, day + timedelta(days=1), day + timedelta(days=1)))
    for _ in range(200):
        bed = Bed("B", date(2023, 1, 1) + timedelta(days=rng.randint(0, 700)), rng.randint(50, 300))
        start = bed.planted + timedelta(days=rng.randint(-20, 120))
        end = start + timedelta(days=rng.choice((0, 1, rng.randint(0, 15), rng.randint(0, 90), -3)))
        results.append(attempt(bed.cutting_days, start, end))
    for _ in range(60):
        beds = [
            Bed(f"Bed {n}", date(2024, 1, 1) + timedelta(days=rng.randint(0, 300)), rng.randint(20, 300))
            for n in range(rng.randint(0, 6))
        ]
        start = date(2024, 2, 1) + timedelta(days=rng.randint(0, 300))
        end = start + timedelta(days=rng.randint(0, 40))
        results.append(attempt(rota, beds, start, end))
        results.append(attempt(crates, beds, start, end))
    return results
