"""Gate prices around the age limits, family tickets and weekends, then random parties on random days."""

import random
from datetime import date, timedelta

from observing import attempt
from bookings import book, busiest, places_left
from tickets import quote

MONDAY = date(2024, 10, 14)


def observe():
    rng = random.Random(3110)
    results = []
    parties = [
        [], [0], [2], [3], [4], [15], [16], [40],
        [30, 2], [30, 3], [30, 0, 3], [35, 35, 3, 3], [35, 35, 2, 2], [35, 35, 3, 2, 1],
        [35, 35, 8, 9, 0], [35, 8, 9, 10], [35, 35, 35, 3, 4, 5], [16, 15, 3, 2],
    ]
    for offset in range(7):
        day = MONDAY + timedelta(days=offset)
        for party in parties:
            for pumpkins in (0, 2):
                results.append(attempt(quote, party, day, pumpkins))
    for _ in range(300):
        party = [rng.choice([0, 1, 2, 3, 3, 4, 6, 9, 12, 15, 16, 17, 30, 42, 67]) for _ in range(rng.randint(0, 8))]
        day = MONDAY + timedelta(days=rng.randint(0, 60))
        results.append(attempt(quote, party, day, rng.randint(0, 5)))
    slots = {}
    for _ in range(60):
        slot = rng.choice(["10:00", "10:30", "11:00", "11:30"])
        results.append(attempt(book, slots, slot, rng.randint(-1, 25)))
        results.append(attempt(places_left, slots, slot))
    results.append(attempt(busiest, slots))
    return results
