"""trestle_plan on a single bag, exactly full trestles, grade changes on the last bag,
then random grading days from weights through rebag."""

import random

from observing import attempt
from oysterfarm.grading import grade_counts, rebag
from oysterfarm.trestles import trestle_plan, trestle_sheet


def run(bags, per_trestle):
    plan = trestle_plan(bags, per_trestle)
    return plan, trestle_sheet(plan)


def observe():
    rng = random.Random(8120)
    results = []
    edge = [
        [],
        [("small", 400)],
        [("small", 400), ("large", 150)],
        [("large", 150)] * 6,
        [("large", 150)] * 7,
        [("large", 150)] * 12,
        [("small", 400)] * 6 + [("medium", 30)],
        [("small", 10), ("medium", 20), ("small", 30)],
    ]
    for bags in edge:
        for per_trestle in (1, 2, 6, 0):
            results.append(attempt(run, bags, per_trestle))
    for _ in range(150):
        weights = [round(rng.uniform(5, 130), 1) for _ in range(rng.randint(0, 30))]
        counts = {grade: n * rng.randint(1, 150) for grade, n in grade_counts(weights).items()}
        bags = rebag(counts)
        if rng.random() < 0.3:
            rng.shuffle(bags)
        results.append(attempt(run, bags, rng.randint(1, 8)))
    return results
