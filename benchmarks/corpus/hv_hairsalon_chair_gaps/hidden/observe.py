"""free_gaps with nested, overlapping, back-to-back and out-of-hours bookings;
random days."""

import random

from observing import attempt
from salon.bookings import Booking
from salon.gaps import free_gaps, gaps_by_chair


def a(start, minutes, chair=1):
    return Booking(start, minutes, chair, "n")


def observe():
    rng = random.Random(3131)
    results = []
    cases = [
        [], [a(510, 30)], [a(540, 60), a(555, 15)], [a(540, 60), a(555, 15), a(630, 30)],
        [a(540, 120), a(560, 20), a(600, 10), a(700, 20)], [a(480, 60)], [a(480, 20)], [a(450, 30), a(520, 10)],
        [a(1020, 60)], [a(1000, 120), a(1010, 10)], [a(540, 30), a(570, 30), a(600, 30)], [a(540, 30), a(540, 90), a(545, 5)],
        [a(600, 15), a(600, 15)], [a(400, 200), a(420, 10), a(640, 10)],
    ]
    for bookings in cases:
        for opens, closes in ((540, 1080), (540, 720), (480, 1140), (600, 1020)):
            for shortest in (1, 10, 15, 30):
                results.append(attempt(free_gaps, bookings, opens, closes, shortest))
    for _ in range(100):
        bookings = [a(rng.randrange(450, 1080, 5), rng.choice([10, 15, 20, 30, 45, 60, 90, 120]), rng.randint(1, 3))
                    for _ in range(rng.randint(0, 9))]
        shortest = rng.choice([5, 10, 15, 30])
        results.append(attempt(free_gaps, bookings, 540, 1080, shortest))
        results.append(attempt(gaps_by_chair, bookings, 540, 1080, shortest))
    return results
