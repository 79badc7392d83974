"""table_fee around every hour boundary and the peak start; random visits."""

import datetime
import random

from observing import attempt
from cafe.fees import table_fee


def t(minutes):
    return datetime.time(minutes // 60, minutes % 60)


def observe():
    rng = random.Random(6618)
    results = []
    for start in (10 * 60, 16 * 60 + 59, 17 * 60, 17 * 60 + 1, 17 * 60 + 30, 18 * 60 - 1, 18 * 60, 18 * 60 + 1, 20 * 60):
        for stay in (-5, 0, 1, 59, 60, 61, 119, 120, 121, 180, 181, 239, 240, 241, 300):
            end = start + stay
            if not 0 <= end < 24 * 60:
                continue
            for players, members in ((1, 0), (1, 1), (3, 1), (5, 0), (6, 0), (6, 3), (8, 8), (2, 3), (0, 0)):
                results.append(attempt(table_fee, t(start), t(end), players, members))
    for _ in range(100):
        start = rng.randint(9 * 60, 22 * 60)
        end = min(start + rng.choice([rng.randint(1, 120), rng.randint(1, 360), 60 * rng.randint(1, 5)]), 23 * 60 + 59)
        players = rng.randint(1, 9)
        results.append(attempt(table_fee, t(start), t(end), players, rng.randint(0, players)))
    return results
