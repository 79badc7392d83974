"""RepairJob.total and the job card for every minute count around the quarter hours and the bench minimum, with no parts, one part and parts fitted more than once, rush or not, then random jobs."""

import random

from observing import attempt
from workshop import Part, RepairJob

PARTS = [("ribbon spool", 6.50), ("drawband", 4.75), ("platen feed roller", 14.00), ("typebar spring", 3.20), ("key top", 1.10)]


def run(minutes, parts, rush):
    job = RepairJob("T-1", "Hermes 3000", minutes, [Part(*p) for p in parts], rush)
    return job.total(), job.card()


def observe():
    rng = random.Random(3390)
    results = []
    part_lists = ([], [("drawband", 4.75, 1)], [("ribbon spool", 6.50, 2)], [("key top", 1.10, 5), ("platen feed roller", 14.00, 1)], [("key top", 1.10, 0)])
    for minutes in (0, 1, 14, 15, 16, 29, 30, 31, 44, 45, 46, 59, 60, 61, 89, 90, 125, 240):
        for parts in part_lists:
            for rush in (False, True):
                results.append(attempt(run, minutes, parts, rush))
    for _ in range(150):
        parts = [(*rng.choice(PARTS), rng.choice((1, 1, 2, 3, rng.randint(1, 12)))) for _ in range(rng.randint(0, 4))]
        results.append(attempt(run, rng.randint(0, 300), parts, rng.random() < 0.3))
    return results
