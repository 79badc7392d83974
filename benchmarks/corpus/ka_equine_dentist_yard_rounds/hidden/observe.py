"""Diary.yard_visits on books with sold horses due and not due, alone at a yard and beside others, then random books over a year of dates, with visits recorded between."""

import random
from datetime import date, timedelta

from observing import attempt
from horsedentist.diary import Diary
from horsedentist.horses import Horse

YARDS = ["Hillside", "Mill Farm", "Orchard Livery", "Brook End", "Top Yard"]
NAMES = ["Bramble", "Pip", "Duke", "Alfie", "Skye", "Comet", "Hazel", "Rory", "Misty", "Flint", "Nutmeg", "Otis"]


def copy(horses):
    return [Horse(h.name, h.yard, h.foaled, h.last_rasp, h.sold) for h in horses]


def run(horses, days, visits):
    diary = Diary(copy(horses))
    seen = []
    for day in days:
        plan = diary.yard_visits(day)
        seen.append(plan)
        for yard in list(plan)[:visits]:
            seen.append(diary.record_visit(yard, day, plan[yard]))
    return seen


def observe():
    rng = random.Random(2764)
    on = date(2024, 9, 16)
    results = [attempt(run, [], [on], 1)]
    for last in (None, date(2023, 9, 16), date(2024, 9, 17), date(2022, 1, 1)):
        for sold in (False, True):
            alone = [Horse("Comet", "Mill Farm", 2010, last, sold)]
            results.append(attempt(run, alone, [on], 1))
            beside = alone + [Horse("Duke", "Mill Farm", 2002, date(2024, 3, 2)), Horse("Skye", "Hillside", 2018)]
            results.append(attempt(run, beside, [on, on + timedelta(days=200)], 2))
    for _ in range(150):
        horses = []
        for name in rng.sample(NAMES, rng.randint(0, len(NAMES))):
            last = None if rng.random() < 0.2 else date(2022, 6, 1) + timedelta(days=rng.randint(0, 900))
            horses.append(Horse(name, rng.choice(YARDS), rng.randint(1996, 2023), last, rng.random() < 0.3))
        start = date(2024, 1, 1) + timedelta(days=rng.randint(0, 365))
        days = [start + timedelta(days=rng.randint(0, 400)) for _ in range(rng.randint(1, 4))]
        results.append(attempt(run, horses, sorted(days), rng.randint(0, 3)))
    return results
