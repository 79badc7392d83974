"""next_job around closing time, then random evenings of submissions and starts."""

import random

from observing import attempt
from members import Member
from printqueue import FILAMENTS, PrintQueue

MEMBERS = [Member(name, {"3d-printer"}) for name in ("ada", "bo", "cy", "di", "ed")]


def observe():
    rng = random.Random(9137)
    results = []
    for hours in (0.5, 1.0, 2.0, 2.5, 3.0, 3.5, 8.0):
        for start in (17.0, 18.0, 18.5, 19.0, 20.5, 21.0):
            queue = PrintQueue("p", closing_hour=21.0)
            queue.submit(MEMBERS[0], "long", "PLA", hours)
            queue.submit(MEMBERS[1], "short", "PLA", 0.5)
            results.append(attempt(queue.next_job, "PLA", start))
            results.append([job.filename for job in queue.waiting])
    for _ in range(120):
        queue = PrintQueue("p", closing_hour=rng.choice([18.0, 20.0, 21.0, 22.5]))
        for k in range(rng.randint(0, 9)):
            queue.submit(rng.choice(MEMBERS), f"part{k}", rng.choice(FILAMENTS), rng.choice([0.5, 1.0, 1.5, 2.0, 3.0, 4.5, 7.0]))
        hour = rng.choice([9.0, 14.0, 16.5, 18.0, 19.5])
        started = []
        for _ in range(rng.randint(1, 6)):
            job = attempt(queue.next_job, rng.choice(FILAMENTS), hour)
            started.append(job)
            if job is not None and not isinstance(job, str):
                hour += job.hours
        results.append(started)
        results.append(attempt(queue.hours_waiting))
        results.append([attempt(queue.position, m.name) for m in MEMBERS])
    return results
