"""first_wave for times on, just before and just after every wave of a few days (and before opening, after last entry), then allocate and gate_sheet on random booking lists and random days."""

import random

from observing import attempt
from waves import allocate, clock, first_wave, gate_sheet, minutes

DAYS = [("10:00", "17:00", 15, 40), ("09:30", "16:30", 20, 25), ("11:00", "15:00", 30, 12), ("10:00", "10:45", 5, 6)]


def observe():
    rng = random.Random(3307)
    results = []
    for opens, last_entry, every, _ in DAYS:
        start, end = minutes(opens), minutes(last_entry)
        for t in range(start - 2 * every, end + 2 * every + 1):
            results.append(attempt(first_wave, clock(t), opens, every))
    for _ in range(200):
        opens, last_entry, every, size = rng.choice(DAYS)
        start, end = minutes(opens), minutes(last_entry)
        bookings = []
        for n in range(rng.randint(0, 30)):
            if rng.random() < 0.5:
                asked = start + every * rng.randint(-1, (end - start) // every + 1)
            else:
                asked = rng.randint(start - 30, end + 30)
            bookings.append((f"P{n}", rng.randint(1, size + 2), clock(asked)))
        results.append(attempt(allocate, bookings, opens, last_entry, every, size))
        results.append(attempt(gate_sheet, bookings, opens, last_entry, every, size))
    return results
