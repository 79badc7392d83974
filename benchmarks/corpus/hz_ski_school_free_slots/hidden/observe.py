"""free_slots for lesson lengths and steps around the day's edges, on empty and
~100 randomly booked instructors."""

import random

from observing import attempt
from skischool import Instructor


def observe():
    rng = random.Random(7714)
    results = []
    empty = Instructor("Jon")
    for length in [15, 30, 45, 60, 90, 120, 180, 210, 240, 390, 420, 450]:
        for step in [15, 30, 45, 60]:
            results.append(attempt(empty.free_slots, length, step))
    for _ in range(100):
        lunch_start = rng.choice([690, 720, 750, 780])
        instructor = Instructor("R", lunch=(lunch_start, lunch_start + rng.choice([30, 45, 60])))
        for n in range(rng.randint(0, 5)):
            attempt(instructor.book, f"p{n}", rng.randrange(540, 990, 15), rng.choice([30, 60, 90, 120]))
        for _ in range(3):
            results.append(attempt(instructor.free_slots, rng.choice([30, 45, 60, 90, 120]), rng.choice([15, 30, 60])))
    return results
