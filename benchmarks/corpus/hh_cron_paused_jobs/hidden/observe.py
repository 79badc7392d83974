"""Random job tables, checked and run at random times, with jobs paused and resumed."""

import random
from datetime import datetime, timedelta

from observing import attempt
from cronlite.jobs import load_jobs, set_paused
from cronlite.schedule import due_jobs, run_due

BASE = datetime(2024, 3, 1, 0, 0)


def job_line(rng, name):
    start = BASE + timedelta(minutes=rng.randint(0, 48 * 60))
    flags = " paused" if rng.random() < 0.35 else ""
    return f"{name} every={rng.choice([5, 15, 60, 90, 1440])} next={start.isoformat()}{flags}"


def observe():
    rng = random.Random(7310)
    results = []
    edge = [
        [],
        [{"name": "a", "every": timedelta(minutes=5), "next_run": BASE, "paused": True, "runs": 0}],
        [{"name": "a", "every": timedelta(minutes=5), "next_run": BASE, "paused": False, "runs": 0}],
        [{"name": "b", "every": timedelta(minutes=5), "next_run": BASE, "paused": True, "runs": 0},
         {"name": "a", "every": timedelta(minutes=5), "next_run": BASE, "paused": False, "runs": 0}],
    ]
    for jobs in edge:
        for now in (BASE - timedelta(minutes=1), BASE, BASE + timedelta(hours=1)):
            results.append(attempt(due_jobs, jobs, now))
    for _ in range(40):
        names = rng.sample(["backup", "digest", "cleanup", "report", "sync", "mail", "index"], rng.randint(1, 7))
        jobs = attempt(load_jobs, "\n".join(job_line(rng, name) for name in names))
        ran = []
        for _ in range(4):
            now = BASE + timedelta(minutes=rng.randint(0, 60 * 60))
            results.append((now, attempt(due_jobs, jobs, now)))
            results.append(attempt(run_due, jobs, now, ran.append))
            if rng.random() < 0.5:
                attempt(set_paused, jobs, rng.choice(names), rng.random() < 0.5)
        results.append(ran)
        results.append([(job["name"], job["runs"], job["next_run"]) for job in jobs])
    return results
