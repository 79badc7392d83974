"""Timetables whose shots end just before, at and after the booked hours, then random shot lists."""

import random
from datetime import datetime

from observing import attempt
from shoot.plan import ShootPlan
from shoot.shots import Shot

START = datetime(2024, 6, 15, 14, 0)


def table(plan):
    slots = plan.timetable()
    return [(slot.shot, slot.start, slot.end, slot.over_time) for slot in slots]


def observe():
    rng = random.Random(1515)
    results = []
    for minutes in ([30], [59], [60], [61], [120], [25, 25], [25, 30], [25, 31], [10, 10, 10, 10], [50, 1, 1]):
        for hours in (0.5, 1, 1.5):
            for people in (2, 8, 9):
                shots = [Shot(f"s{k}", m, people) for k, m in enumerate(minutes)]
                plan = ShootPlan(START, hours, shots)
                results.append(attempt(table, plan))
                results.append(attempt(plan.overrun_minutes))
    results.append(attempt(table, ShootPlan(START, 1, [Shot("a", 10), Shot("b", -5)])))
    results.append(attempt(table, ShootPlan(START, 1, [])))
    for _ in range(80):
        shots = [Shot(f"shot{k}", rng.randint(1, 25), rng.randint(1, 30)) for k in range(rng.randint(0, 12))]
        plan = ShootPlan(START, rng.choice((0.5, 1, 1.5, 2, 3)), shots, rng.choice((0, 3, 5, 10)))
        results.append(attempt(table, plan))
        results.append(attempt(plan.extra_hours_to_book))
    return results
