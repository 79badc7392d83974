"""Random queues driven onto decks of one to four lanes of random lengths."""

import random

from observing import attempt
from ferry.deck import Lane, board, manifest
from ferry.vehicles import Vehicle

KINDS = [("motorbike", 2.5), ("car", 4.5), ("car", 4.5), ("van", 6.0), ("camper", 7.5), ("truck", 12.0)]


def run(queue, lengths):
    lanes = [Lane(length) for length in lengths]
    left = attempt(board, queue, lanes)
    if isinstance(left, str):
        return left, manifest(lanes)
    return [v.plate for v in left], manifest(lanes), [lane.used() for lane in lanes]


def observe():
    rng = random.Random(5150)
    results = []
    car = Vehicle("C", "car", 4.5)
    edge_queues = [[], [car], [Vehicle("T", "truck", 12.0)], [car, Vehicle("D", "car", 4.5)]]
    for queue in edge_queues:
        for lengths in ([], [4.0], [4.5], [9.0], [9.5], [12, 12], [30]):
            results.append(run(queue, lengths))
    for n in range(100):
        queue = []
        for i in range(rng.randint(0, 14)):
            kind, length = rng.choice(KINDS)
            if rng.random() < 0.15:
                length = round(rng.uniform(2.0, 10.0), 1)
            queue.append(Vehicle(f"V{n}-{i}", kind, length))
        lengths = [rng.choice([6, 9.5, 12, 15, 20, 25, 40]) for _ in range(rng.randint(1, 4))]
        results.append(run(queue, lengths))
    return results
