"""Queues of random jobs run on trays of random sizes, some refilled several times."""

import random

from observing import attempt
from printshop.jobs import Job
from printshop.queue import PrintQueue


def state(queue):
    return ([(j.owner, j.sheets) for j in queue.printed], [(j.owner, j.sheets) for j in queue.jobs], queue.waiting())


def observe():
    rng = random.Random(1979)
    results = []
    empty = PrintQueue()
    results.append((attempt(empty.run, 0), attempt(empty.run, 100), state(empty)))
    exact = PrintQueue()
    exact.submit(Job("a", 10))
    exact.submit(Job("b", 5))
    results.append((attempt(exact.run, 15), state(exact)))
    for _ in range(50):
        queue = PrintQueue()
        for _ in range(rng.randint(0, 8)):
            job = Job(rng.choice(["ana", "ben", "cleo"]), rng.randint(-1, 40), rng.randint(1, 3), rng.random() < 0.3)
            results.append(attempt(queue.submit, job))
        for _ in range(rng.randint(1, 4)):
            results.append(attempt(queue.run, rng.choice([0, 5, 20, 50, 100, 500])))
            if rng.random() < 0.3:
                results.append(attempt(queue.cancel, rng.choice(["ana", "ben"])))
        results.append(state(queue))
    return results
