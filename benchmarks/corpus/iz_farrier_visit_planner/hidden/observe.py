"""due_visits for shod, barefoot and retired horses around their due dates and horizons, then random yards."""

import random
from datetime import date, timedelta

from observing import attempt
from farrier.horses import Horse, parse_horse
from farrier.visits import Diary

TODAY = date(2024, 6, 3)
YARDS = ["Hill Farm", "Willow Stables", "Brook Livery"]
NAMES = ["Bramble", "Pepper", "Dancer", "Monty", "Old Tom", "Biscuit", "Willow", "Jasper", "Skye", "Nutmeg"]


def observe():
    rng = random.Random(6262)
    results = []
    for kind in ("shod", "barefoot", "retired"):
        for days_ago in (None, 0, 27, 34, 35, 41, 42, 43, 49, 55, 56, 57, 63, 90, 400):
            last = "" if days_ago is None else (TODAY - timedelta(days=days_ago)).isoformat()
            horse = parse_horse(f"Nutmeg | Brook Livery | {kind} | {last}")
            diary = Diary([horse])
            for horizon in (0, 7, 14):
                results.append(attempt(diary.due_visits, TODAY, horizon))
            results.append(attempt(diary.yard_bill, "Brook Livery", ["Nutmeg"]))
    for _ in range(150):
        horses = []
        for name in rng.sample(NAMES, rng.randint(0, len(NAMES))):
            retired = rng.random() < 0.25
            shod = not retired and rng.random() < 0.6
            last = None if rng.random() < 0.1 else TODAY - timedelta(days=rng.randint(0, 80))
            horses.append(Horse(name, rng.choice(YARDS), shod, last, retired))
        diary = Diary(horses)
        day = TODAY + timedelta(days=rng.randint(-10, 30))
        results.append(attempt(diary.due_visits, day, rng.choice([0, 7, 7, 14, 28])))
        yard = rng.choice(YARDS)
        results.append(attempt(diary.yard_bill, yard, [h.name for h in horses if rng.random() < 0.5]))
    return results
