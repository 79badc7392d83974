"""plan_runs and run_summary on edge cases (exact fits, one job, jobs longer than
the block) and ~100 random days from a fixed seed."""

import random

from observing import attempt
from courier.dispatch import plan_runs, run_summary
from courier.jobs import Job


def refs(runs):
    return [[job.ref for job in run] for run in runs] if isinstance(runs, list) else runs


def observe():
    rng = random.Random(2727)
    results = []
    fixed = [
        ([], 120),
        ([Job("a", "x", "y", 120)], 120),
        ([Job("a", "x", "y", 60), Job("b", "x", "y", 60), Job("c", "x", "y", 1)], 120),
        ([Job("a", "x", "y", 30)] * 5, 60),
        ([Job("a", "x", "y", 121)], 120),
        ([Job("a", "x", "y", 50), Job("b", "x", "y", 200), Job("c", "x", "y", 300), Job("d", "x", "y", 10)], 120),
    ]
    for day, block in fixed:
        runs = attempt(plan_runs, day, block)
        results.append(refs(runs))
        if isinstance(runs, list):
            results.append(attempt(run_summary, runs))
    for n in range(100):
        day = [Job(f"J{n}-{i}", "p", "d", rng.choice([5, 10, 15, 20, 25, 30, 45, 60, 90, 130, 200]), rng.random() < 0.2)
               for i in range(rng.randint(0, 12))]
        block = rng.choice([60, 90, 120, 150])
        runs = attempt(plan_runs, day, block)
        results.append(refs(runs))
        if isinstance(runs, list):
            results.append(attempt(run_summary, runs))
    return results
