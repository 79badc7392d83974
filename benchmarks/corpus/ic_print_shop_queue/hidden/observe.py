"""Queues of random jobs run against trays of random sizes, refilled a few times."""

import random

from observing import attempt
from jobs import PrintJob
from printshop import PrintQueue


def snapshot(queue, left):
    return (left, list(queue.printed), queue.waiting(), queue.pending_sheets())


def observe():
    rng = random.Random(4411)
    results = []
    # Edge cases: empty queue, exact fit, zero paper, a job bigger than any tray.
    for paper in (0, 1, 10, 11, 45, 46):
        q = PrintQueue()
        results.append(snapshot(q, attempt(q.run, paper)))
        for job in (PrintJob("a", 10), PrintJob("b", 20, duplex=True), PrintJob("c", 25)):
            q.submit(job)
        results.append(snapshot(q, attempt(q.run, paper)))
    q = PrintQueue()
    q.submit(PrintJob("huge", 1000))
    q.submit(PrintJob("small", 1))
    results.append(snapshot(q, attempt(q.run, 500)))
    # Random queues and refills.
    for n in range(120):
        q = PrintQueue()
        for i in range(rng.randint(0, 8)):
            q.submit(PrintJob(f"c{n}-{i}", rng.randint(1, 60), rng.randint(1, 4), rng.random() < 0.4))
        for _ in range(rng.randint(1, 4)):
            left = attempt(q.run, rng.randint(0, 200))
            results.append(snapshot(q, left))
    return results
