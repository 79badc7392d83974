"""Sleep debt and weekly summaries over random diaries."""

import random

from observing import attempt
from sleeplog.nights import night
from sleeplog.report import sleep_debt, summary


def nights(*minutes):
    return [{"in_bed": m, "asleep": m, "efficiency": 100.0} for m in minutes]


def observe():
    rng = random.Random(2323)
    results = []
    edge = [(), (480,), (0,), (600,), (479,), (481,), (420, 600), (600, 420), (300, 300, 900),
            (510, 390, 450), (0, 0, 0, 960), (485, 475)]
    for minutes in edge:
        for goal in (8.0, 7.5, 0, 9):
            results.append(attempt(sleep_debt, nights(*minutes), goal))
        results.append(attempt(summary, nights(*minutes)))
    for _ in range(100):
        diary = []
        for _ in range(rng.randint(1, 10)):
            bed = f"{rng.choice([21, 22, 23, 0, 1, 2]):02d}:{rng.randrange(0, 60, 5):02d}"
            up = f"{rng.randint(5, 10):02d}:{rng.randrange(0, 60, 5):02d}"
            awake = [("03:00", f"03:{rng.randrange(0, 60, 5):02d}")] if rng.random() < 0.4 else []
            diary.append(night(bed, up, awake))
        results.append(attempt(sleep_debt, diary))
        results.append(attempt(sleep_debt, diary, rng.choice([6.5, 7, 7.25, 8.5])))
        results.append(attempt(summary, diary))
    return results
