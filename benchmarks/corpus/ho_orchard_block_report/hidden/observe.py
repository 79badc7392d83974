"""Block reports for random weeks of picking."""

import random
from datetime import date, timedelta

from observing import attempt
from orchard.picks import Pick
from orchard.report import block_report, picker_totals

BLOCKS = {"A1": 1.2, "A2": 0.9, "B1": 0.8, "C4": 0.5}


def observe():
    rng = random.Random(7703)
    results = []
    edge = [
        [],
        [Pick("a", "A1", date(2024, 9, 1), 1, 2.5)],
        [Pick("a", "A1", date(2024, 9, 1), 1, 22.5, 1.0)],
        [Pick("a", "A1", date(2024, 9, 1), 2, 45.0, 0.5), Pick("b", "A1", date(2024, 9, 1), 1, 22.5)],
    ]
    for picks in edge:
        results.append(attempt(block_report, picks, BLOCKS))
    for _ in range(100):
        picks = []
        for _ in range(rng.randint(1, 10)):
            crates = rng.randint(1, 8)
            picks.append(Pick(rng.choice(["Mele", "Joss", "Ana"]), rng.choice(list(BLOCKS)),
                              date(2024, 9, 1) + timedelta(days=rng.randint(0, 6)), crates,
                              round(crates * rng.uniform(12.0, 24.0), 1),
                              rng.choice([0.0, 0.0, 0.05, 0.1, 0.125, 0.3])))
        results.append(attempt(block_report, picks, BLOCKS))
        results.append(attempt(picker_totals, picks))
    return results
