"""distil_plan on single loads (wet, poor, old, not yet cut, on each boundary), then random weeks of harvest sheets."""

import random
from datetime import date, timedelta

from observing import attempt
from harvest import Load, parse_sheet
from still import Still, bottles

DAY = date(2024, 7, 15)
VARIETIES = ["maillette", "grosso", "hidcote", "munstead", "super"]


def plan(charge, loads, today):
    still = Still(charge)
    still.bring_in(loads)
    result = still.distil_plan(today)
    still.clear_heap(today)
    return result, bottles(result["oil_ml"]), len(still.heap)


def plan_sheet(charge, text, today):
    return plan(charge, parse_sheet(text), today)


def observe():
    rng = random.Random(8613)
    results = []
    for wet in (False, True):
        for oil in (0.0, 7.9, 8.0, 14.5, 30.0):
            for age in (-1, 0, 1, 2, 3):
                load = Load("grosso", 200.0, oil, DAY - timedelta(days=age), wet)
                results.append(attempt(plan, 250, [load], DAY))
    results.append(attempt(plan, 250, [], DAY))
    results.append(attempt(plan, 0, [], DAY))
    results.append(attempt(plan_sheet, 150, "2024-07-15 grosso 100 20 wet\n2024-07-15 grosso 100 20", DAY))
    results.append(attempt(plan_sheet, 150, "2024-07-15 grosso 100 20 WET\n2024-07-14 hidcote 50 5 wet", DAY))
    for _ in range(150):
        lines = []
        for _ in range(rng.randint(0, 12)):
            day = DAY - timedelta(days=rng.randint(-1, 5))
            line = f"{day.isoformat()} {rng.choice(VARIETIES)} {rng.randint(10, 900)} {rng.randint(40, 300) / 10}"
            if rng.random() < 0.3:
                line += " wet"
            lines.append(line)
        results.append(attempt(plan_sheet, rng.choice((100, 250, 400, 75.5)), "\n".join(lines), DAY))
    return results
