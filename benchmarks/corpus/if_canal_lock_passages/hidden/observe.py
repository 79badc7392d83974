"""Passages through narrow and wide locks for edge beams, then random queues."""

import random

from observing import attempt
from canal.boats import DOWN, UP, Boat
from canal.lock import Lock


def run_queue(lock, boats, headings):
    for boat in boats:
        lock.arrive(boat)
    passages = [lock.next_passage(heading) for heading in headings]
    return passages, [boat.name for boat in lock.waiting], lock.passages


def observe():
    rng = random.Random(2718)
    results = []
    for lock_beam in (2.08, 2.1, 2.2, 4.3):
        for beam in (2.0, 2.08, 2.09, 2.1, 2.2, 3.5, 4.3, 4.4):
            for length in (6.0, 21.0, 22.0, 23.0):
                lock = Lock("edge", 22.0, lock_beam)
                boats = [Boat("a", length, beam, UP), Boat("b", 7.0, 2.0, UP), Boat("c", 9.0, beam, DOWN)]
                results.append(attempt(run_queue, lock, boats, [UP, DOWN, UP, DOWN]))
    for n in range(300):
        lock = Lock(f"L{n}", rng.choice([18.0, 22.0, 26.0, 45.0]), rng.choice([2.1, 2.2, 4.3]))
        boats = [
            Boat(f"b{n}-{k}", float(rng.randint(6, 24)), rng.choice([1.9, 2.08, 2.13, 3.0, 3.5, 4.2]), rng.choice([UP, DOWN]))
            for k in range(rng.randint(0, 8))
        ]
        headings = [rng.choice([UP, DOWN]) for _ in range(rng.randint(1, 5))]
        results.append(attempt(run_queue, lock, boats, headings))
    return results
