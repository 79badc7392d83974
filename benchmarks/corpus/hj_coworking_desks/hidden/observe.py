"""Random days of bookings on a small floor, and free-desk queries over the day."""

import random

from observing import attempt
from coworking.booking import Booking
from coworking.floor import Floor

DESKS = ["A1", "A2", "B1", "B2"]


def observe():
    rng = random.Random(8086)
    results = []
    floor = Floor(["D"])
    floor.book(Booking("D", "m", 600, 720))
    for start in range(480, 840, 30):
        for end in range(start + 30, 900, 60):
            results.append((start, end, attempt(floor.is_free, "D", start, end)))
    results.append(attempt(floor.is_free, "Z", 600, 660))
    for _ in range(100):
        floor = Floor(DESKS[: rng.randint(1, 4)])
        outcomes = []
        for i in range(rng.randint(1, 10)):
            start = rng.randrange(420, 1230, 30)
            end = min(start + 30 * rng.randint(1, 10), 1260)
            desk = rng.choice(floor.desks)
            outcomes.append(attempt(floor.book, Booking(desk, f"m{i % 3}", start, end)))
        if rng.random() < 0.3:
            outcomes.append(floor.cancel(rng.choice(floor.desks), "m1"))
        queries = []
        for _ in range(6):
            start = rng.randrange(420, 1230, 30)
            end = min(start + 30 * rng.randint(1, 8), 1260)
            queries.append(attempt(floor.free_desks, start, end))
        results.append((outcomes, queries, [floor.schedule(f"m{i}") for i in range(3)]))
    return results
