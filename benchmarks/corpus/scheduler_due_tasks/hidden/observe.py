"""A simulated day of a scheduler with random one-off and repeating tasks and a flaky runner."""

import random
from datetime import datetime, timedelta

from observing import attempt
from taskq.scheduler import Scheduler


def observe():
    rng = random.Random(101)
    results = []
    for _ in range(20):
        now = [datetime(2024, 1, 1)]
        scheduler = Scheduler(lambda: now[0])
        for i in range(rng.randint(1, 6)):
            every = rng.choice([None, None, timedelta(minutes=rng.choice([5, 15, 60]))])
            results.append(attempt(scheduler.add, f"t{i}", now[0] + timedelta(minutes=rng.randint(-30, 90)), every, rng.randint(0, 3)) is not None)
        failing = {f"t{i}" for i in range(6) if rng.random() < 0.2}

        def runner(name):
            if name in failing and rng.random() < 0.5:
                raise RuntimeError(name)

        for _ in range(12):
            results.append([t.name for t in attempt(scheduler.due_tasks)])
            results.append(attempt(scheduler.run_due, runner))
            results.append(sorted((t.name, t.due, t.done, t.runs) for t in scheduler.tasks.values()))
            results.append(attempt(scheduler.next_run))
            now[0] += timedelta(minutes=rng.choice([1, 7, 20, 45]))
    return results
