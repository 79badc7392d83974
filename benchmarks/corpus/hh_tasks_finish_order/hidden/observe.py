"""Finish times and late tasks for random backlogs in random order."""

import random

from observing import attempt
from worklist.plan import finish_times, late_tasks

NAMES = ["api", "backup", "cache", "docs", "email", "fonts", "graphs", "help"]


def task(name, priority, hours, deadline):
    return {"name": name, "priority": priority, "hours": hours, "deadline": deadline}


def observe():
    rng = random.Random(1414)
    results = []
    edge = [
        [],
        [task("a", 1, 2, 2)],
        [task("b", 2, 1, 1), task("a", 2, 1, 1)],
        [task("a", 3, 1, 5), task("b", 1, 4, 4)],
        [task("a", 1, 1, 1), task("b", 1, 1, 2), task("c", 1, 1, 3)],
    ]
    for tasks in edge:
        for start in (0, 1, 5):
            results.append(attempt(finish_times, tasks, start))
            results.append(attempt(late_tasks, tasks, start))
    for _ in range(100):
        tasks = [task(name, rng.randint(1, 5), rng.randint(1, 8), rng.randint(1, 40))
                 for name in rng.sample(NAMES, rng.randint(1, len(NAMES)))]
        start = rng.randint(0, 6)
        results.append(attempt(finish_times, tasks, start))
        results.append(attempt(late_tasks, tasks, start))
    return results
