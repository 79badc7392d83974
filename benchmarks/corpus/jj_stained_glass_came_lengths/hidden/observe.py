"""cutting_plan on runs in every order (sorted, reversed, mixed, too long, exactly a length), offcuts, then random panels and jobs."""

import random

from observing import attempt
from leadlight.came import cutting_plan, offcuts, run_lengths
from leadlight.quote import Panel, quote

GLASSES = ["clear", "cathedral", "seedy", "opalescent", "antique", "Clear", "flashed"]


def plan_and_offcuts(runs):
    plan = cutting_plan(runs)
    return plan, offcuts(plan)


def observe():
    rng = random.Random(4417)
    results = []
    edge = [
        [],
        [2000],
        [1995],
        [2001],
        [600, 600, 400],
        [400, 600, 600],
        [700, 1200, 900, 600],
        [300, 300, 1650, 1650],
        [1650, 1650, 300, 300],
        [500, 500, 500, 1450, 1450],
        [100] * 25,
        [990, 1000, 1005, 995],
        [1000, 990, 995, 1005],
        [250.5, 1749.5, 1000, 1000],
    ]
    for runs in edge:
        results.append(attempt(plan_and_offcuts, runs))
    for args in [(600, 900, 0, 0), (600, 900, 2, 1), (1, 1, 0, 0), (0, 900, 0, 0), (600, 900, -1, 0), (2100, 300, 0, 0)]:
        results.append(attempt(lambda *a: plan_and_offcuts(run_lengths(*a)), *args))
    for _ in range(150):
        runs = [rng.choice((rng.randint(50, 2000), rng.randint(100, 900), rng.choice((300, 450, 600, 1200, 1500))))
                for _ in range(rng.randint(0, 14))]
        results.append(attempt(plan_and_offcuts, runs))
    for _ in range(80):
        panels = [
            Panel(rng.randint(150, 1900), rng.randint(150, 1900), rng.choice(GLASSES), rng.randint(0, 4), rng.randint(0, 5))
            for _ in range(rng.randint(0, 4))
        ]
        results.append(attempt(quote, panels))
    return results
