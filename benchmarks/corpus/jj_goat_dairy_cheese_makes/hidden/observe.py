"""make_days over weekday-only stretches, then stretches with Sundays (full tank on a Sunday, a Sunday start or end, an empty Sunday), then random months of milkings."""

import random
from datetime import date, timedelta

from observing import attempt
from dairy import cheese_by_week, make_days, read_milkings

MONDAY = date(2024, 5, 6)


def plan(milk, start, days, in_tank=0.0):
    makes = make_days(milk, start, start + timedelta(days=days), in_tank)
    return makes, cheese_by_week(makes)


def plan_notebook(text, start, days, in_tank):
    return plan(read_milkings(text), start, days, in_tank)


def observe():
    rng = random.Random(5127)
    results = []
    for litres in (0, 10, 60, 119.5, 120, 130, 250):
        milk = {MONDAY + timedelta(days=i): litres for i in range(21)}
        for offset, days in [(0, 0), (0, 5), (2, 3), (-1, 0), (0, -1), (0, 6), (5, 1), (6, 0), (6, 1), (3, 10), (0, 20)]:
            for in_tank in (0.0, 100.0):
                results.append(attempt(plan, milk, MONDAY + timedelta(days=offset), days, in_tank))
    sunday = MONDAY + timedelta(days=6)
    results.append(attempt(plan, {sunday: 500}, sunday, 2))
    results.append(attempt(plan, {}, sunday, 3, 400.0))
    for _ in range(150):
        start = MONDAY + timedelta(days=rng.randint(-40, 40))
        lines = []
        for i in range(rng.randint(0, 35)):
            day = start + timedelta(days=rng.randint(-2, 32))
            lines.append(f"{day.isoformat()} {rng.choice(('am', 'pm'))} {rng.randint(0, 140) / 2}")
        results.append(attempt(plan_notebook, "\n".join(lines), start, rng.randint(-1, 30), rng.choice((0.0, 0.0, 35.5, 90.0, 260.0))))
    return results
