"""plan_days on runs of equal jobs around the day length, big jobs and weekends, then random job lists."""

import random
from datetime import date, timedelta

from observing import attempt
from jobs import Job
from planner import plan_days
from reminders import reminder_list

MONDAY = date(2024, 11, 4)
APPLIANCES = ["open fire", "wood burner", "oil", "gas"]


def observe():
    rng = random.Random(1866)
    results = []
    for count in (0, 1, 5, 6, 7, 12, 13, 19):
        for day_minutes in (60, 65, 130, 180, 420, 480):
            jobs = [Job(f"{n} Mill Lane") for n in range(count)]
            results.append(attempt(plan_days, jobs, MONDAY, day_minutes))
    for offset in range(7):
        jobs = [Job("a"), Job("b", flues=9), Job("c", 2, "wood burner"), Job("d"), Job("e", 3)]
        results.append(attempt(plan_days, jobs, MONDAY + timedelta(days=offset)))
    results.append(attempt(plan_days, [Job("a"), Job("b", flues=0)], MONDAY))
    for _ in range(150):
        jobs = []
        for n in range(rng.randint(0, 25)):
            last = None if rng.random() < 0.2 else date(2023, 6, 1) + timedelta(days=rng.randint(0, 500))
            jobs.append(Job(f"house {n}", rng.choice([1, 1, 1, 2, 2, 3, 4]), rng.choice(APPLIANCES), last))
        start = MONDAY + timedelta(days=rng.randint(0, 20))
        results.append(attempt(plan_days, jobs, start, rng.choice([240, 360, 420, 420, 480])))
        results.append(attempt(reminder_list, jobs, start, rng.choice([0, 14, 21])))
    return results
