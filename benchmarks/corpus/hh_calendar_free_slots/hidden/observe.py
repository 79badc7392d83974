"""Free slots between hand-picked and random, often overlapping, busy intervals."""

import random

from observing import attempt
from agenda.models import Meeting
from agenda.slots import common_free_time, free_slots

EDGE = [
    [],
    [(540, 600)],
    [(600, 630), (660, 700)],
    [(600, 720), (630, 660)],
    [(600, 720), (720, 780)],
    [(540, 1020)],
    [(500, 560), (1000, 1100)],
    [(600, 660), (600, 630)],
]


def observe():
    rng = random.Random(8080)
    results = []
    for busy in EDGE:
        for length in (0, 15, 30, 60, 480):
            results.append(attempt(free_slots, busy, 540, 1020, length))
    for _ in range(120):
        busy = []
        for _ in range(rng.randint(0, 7)):
            start = rng.randrange(480, 1080, 15)
            busy.append((start, start + rng.choice([15, 30, 45, 60, 90, 120])))
        length = rng.choice([15, 30, 45, 60])
        results.append((busy, length, attempt(free_slots, busy, 540, 1020, length)))
    for _ in range(20):
        meetings = [Meeting(f"m{n}", s, s + rng.choice([30, 60, 90]), frozenset(rng.sample("abcd", rng.randint(1, 3))))
                    for n, s in enumerate(rng.randrange(540, 1000, 30) for _ in range(rng.randint(0, 6)))]
        results.append(attempt(common_free_time, meetings, set(rng.sample("abcd", 2)), rng.choice([30, 60])))
    return results
