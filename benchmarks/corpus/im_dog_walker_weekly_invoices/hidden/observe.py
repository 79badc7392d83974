"""weekly_invoice over week edges and late cancellations, then random logs over several weeks."""

import random
from datetime import date, timedelta

from observing import attempt
from walkies.invoicing import week_takings, weekly_invoice
from walkies.walks import Walk

MONDAY = date(2024, 3, 4)


def observe():
    rng = random.Random(5150)
    results = []
    for offset in (-8, -7, -1, 0, 1, 5, 6, 7, 8, 13, 14):
        for minutes in (20, 30, 31, 60):
            for dogs in (1, 2, 4):
                for late in (False, True):
                    walk = Walk("A", MONDAY + timedelta(days=offset), minutes, dogs, late)
                    results.append(attempt(weekly_invoice, [walk], "A", MONDAY))
                    results.append(attempt(weekly_invoice, [walk], "B", MONDAY))
    names = ["Hughes", "Okafor", "Price", "Singh"]
    for _ in range(60):
        walks = [
            Walk(
                rng.choice(names),
                MONDAY + timedelta(days=rng.randint(-3, 24)),
                rng.choice([30, 30, 45, 60]),
                rng.choice([1, 1, 2, 3]),
                rng.random() < 0.2,
            )
            for _ in range(rng.randint(0, 14))
        ]
        for week in range(3):
            monday = MONDAY + timedelta(days=7 * week)
            results.append(attempt(week_takings, walks, monday))
            results.append(attempt(weekly_invoice, walks, rng.choice(names), monday))
    return results
