"""free_pods around live and cancelled bookings that end on, start on, straddle or sit inside the nights asked for, for parties of every size with and without dogs and a hot tub, then random booking books."""

import random
from datetime import date, timedelta

from observing import attempt
from glamping.bookings import Booking, free_pods
from glamping.pods import Pod

PODS = [
    Pod("Wren", 2, True, False, 95.0, 120.0),
    Pod("Owl", 2, False, True, 70.0, 90.0),
    Pod("Badger", 4, False, True, 85.0, 110.0),
    Pod("Heron", 5, True, True, 130.0, 160.0),
    Pod("Kestrel", 6, True, False, 150.0, 185.0),
]
DAY0 = date(2024, 7, 1)


def day(n):
    return DAY0 + timedelta(days=n)


def observe():
    rng = random.Random(8851)
    results = [attempt(free_pods, PODS, [], day(3), day(2), 2), attempt(free_pods, PODS, [], day(3), day(3), 2)]
    for cancelled in (False, True):
        for start, end in ((0, 3), (0, 5), (3, 5), (5, 8), (6, 9), (4, 6), (8, 10), (2, 12)):
            book = [Booking("Wren", day(start), day(end), 2, cancelled=cancelled),
                    Booking("Heron", day(start), day(end), 4, 1, cancelled=not cancelled)]
            for guests in (1, 2, 4, 6, 7):
                for dogs, tub in ((0, False), (1, False), (0, True), (2, True)):
                    results.append(attempt(free_pods, PODS, book, day(3), day(6), guests, dogs, tub))
    for _ in range(200):
        book = []
        for _ in range(rng.randint(0, 12)):
            start = rng.randint(0, 20)
            book.append(Booking(rng.choice(PODS).name, day(start), day(start + rng.randint(1, 7)),
                                rng.randint(1, 6), rng.choice((0, 0, 1)), rng.random() < 0.35))
        arrive = rng.randint(0, 22)
        results.append(attempt(free_pods, PODS, book, day(arrive), day(arrive + rng.randint(1, 6)),
                               rng.randint(1, 6), rng.choice((0, 1)), rng.random() < 0.3))
    return results
