"""charge for every item on each length of hire from nought to eleven hours, stamps on and either side of the half hours, then random tickets and days' takings."""

import random

from observing import attempt
from deckchairs import RATES, charge, day_takings


def stamp(minutes):
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def observe():
    rng = random.Random(1953)
    results = []
    for item in sorted(RATES):
        for length in range(0, 11 * 60 + 1):
            results.append(attempt(charge, item, "08:30", stamp(8 * 60 + 30 + length)))
        results.append(attempt(charge, item, "12:00", "11:00"))
    results.append(attempt(charge, "parasol", "10:00", "11:00"))
    for _ in range(150):
        tickets = []
        for _ in range(rng.randint(0, 15)):
            out = rng.randint(8 * 60, 17 * 60)
            length = rng.choice((30, 60, 90, rng.randint(0, 30), rng.randint(0, 240), rng.randint(0, 600)))
            tickets.append((rng.choice(sorted(RATES)), stamp(out), stamp(min(out + length, 23 * 60 + 59))))
        results.append(attempt(day_takings, tickets))
    return results
