"""Time left in random listening queues at random speeds after random listening."""

import random
from datetime import date, timedelta

from observing import attempt
from audiobooks.books import Book
from audiobooks.queue import Queue

SPEEDS = [0.5, 0.8, 1.0, 1.0, 1.25, 1.5, 2.0, 3.0]


def observe():
    rng = random.Random(9031)
    results = []
    empty = Queue()
    results.append([attempt(empty.time_left, speed) for speed in SPEEDS])
    for seconds in (0, 1, 59, 60, 61, 89, 90, 3600):
        queue = Queue()
        queue.add(Book("x", "Author", "Title", seconds, date(2024, 1, 1)))
        results.append([attempt(queue.time_left, speed) for speed in SPEEDS])
    for _ in range(100):
        queue = Queue()
        for n in range(rng.randint(1, 6)):
            seconds = rng.choice([rng.randint(60, 7200), 60 * rng.randint(1, 90)])
            queue.add(Book(f"g{n}", rng.choice(["A", "B"]), f"t{n}", seconds,
                           date(2024, 1, 1) + timedelta(days=rng.randint(0, 90))))
        for _ in range(rng.randint(0, 4)):
            queue.play(rng.choice(queue.books).isbn, rng.choice([60, 300, 900, rng.randint(1, 4000)]))
        speed = rng.choice(SPEEDS)
        results.append(attempt(queue.time_left, speed))
        results.append(attempt(queue.time_left))
        results.append(attempt(queue.fits_in, rng.randint(5, 90), speed))
    return results
