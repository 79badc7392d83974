"""is_free for every hour range around a few bookings, then random booking days."""

import random
from datetime import date

from observing import attempt
from hallbook.hall import Hall

DAY = date(2024, 9, 7)
ROOMS = ("main hall", "small room", "kitchen")


def observe():
    rng = random.Random(808)
    results = []
    hall = Hall("h", ROOMS)
    hall.book("a", "main hall", DAY, 10, 12)
    hall.book("b", "main hall", DAY, 15, 16)
    hall.book("c", "small room", DAY, 8, 22)
    for room in ROOMS:
        for start in range(8, 22):
            for end in range(start + 1, 23):
                results.append(attempt(hall.is_free, room, DAY, start, end))
    for _ in range(60):
        hall = Hall("h", ROOMS)
        outcomes = []
        for _ in range(rng.randint(1, 15)):
            start = rng.randint(6, 21)
            end = start + rng.randint(0, 5)
            day = date(2024, 9, rng.randint(1, 3))
            outcomes.append(attempt(lambda: hall.book("x", rng.choice(ROOMS), day, start, end).start))
        results.append(outcomes)
        results.append(attempt(hall.day_sheet, date(2024, 9, 2)))
    return results
