"""calendar for trays started before, on and after the calendar's first day, every
species, then random incubators; and hatching_between alongside."""

import random
from datetime import date, timedelta

from observing import attempt
from incubator import INCUBATION_DAYS, Tray, calendar, hatching_between

SPECIES = sorted(INCUBATION_DAYS)


def observe():
    rng = random.Random(2117)
    results = []
    start = date(2024, 4, 1)
    for species in SPECIES:
        for shift in (-40, -33, -20, -14, -7, -1, 0, 1, 5):
            tray = Tray("t", species, start + timedelta(days=shift), 6)
            results.append(attempt(calendar, [tray], start, 40))
    results.append(attempt(calendar, [], start))
    results.append(attempt(calendar, [Tray("t", "chicken", start, 6)], start, 0))
    results.append(attempt(calendar, [Tray("t", "emu", start, 6)], start))
    for _ in range(150):
        trays = [
            Tray(f"tray{n}", rng.choice(SPECIES), start + timedelta(days=rng.randint(-35, 10)), rng.randint(1, 48))
            for n in range(rng.randint(0, 5))
        ]
        first = start + timedelta(days=rng.randint(-5, 20))
        results.append(attempt(calendar, trays, first, rng.randint(1, 30)))
        results.append(attempt(hatching_between, trays, first, first + timedelta(days=rng.randint(0, 14))))
    return results
