"""category_podiums on hand-made fields (late starters, missed mats, ties), then random races."""

import random
from datetime import datetime, timedelta

from observing import attempt
from podiums import category_podiums, gun_order
from race import Result

GUN = datetime(2024, 4, 14, 9, 0, 0)
WAVES = {"A": GUN, "B": GUN + timedelta(minutes=5), "C": GUN + timedelta(minutes=12)}
CATEGORIES = ("M", "F", "M40", "F40", "M50", "F50")


def observe():
    rng = random.Random(1312)
    results = []
    base = GUN + timedelta(hours=1, minutes=20)
    for delay in (None, 0, 1, 30, 90):
        for finish in (0, 20, 29, 30, 31, 60, 120):
            field = [
                Result(1, "a", "M", "A", GUN + timedelta(seconds=3), base + timedelta(seconds=30)),
                Result(2, "b", "M", "A", None if delay is None else GUN + timedelta(seconds=delay), base + timedelta(seconds=finish)),
                Result(3, "c", "M", "B", WAVES["B"] + timedelta(seconds=10), base + timedelta(minutes=4)),
            ]
            for places in (1, 2, 3):
                results.append(attempt(category_podiums, field, WAVES, places))
    results.append(attempt(category_podiums, [], WAVES))
    results.append(attempt(category_podiums, [Result(9, "x", "F", "A", GUN, None)], WAVES))
    for _ in range(120):
        field = []
        for bib in range(1, rng.randint(2, 25)):
            wave = rng.choice("ABC")
            crossed = None if rng.random() < 0.15 else WAVES[wave] + timedelta(seconds=rng.randint(0, 240))
            finished = None if rng.random() < 0.1 else WAVES[wave] + timedelta(seconds=rng.randint(4200, 4800))
            field.append(Result(bib, f"r{bib}", rng.choice(CATEGORIES), wave, crossed, finished))
        results.append(attempt(category_podiums, field, WAVES, rng.randint(1, 4)))
        results.append(attempt(gun_order, field, WAVES))
    return results
