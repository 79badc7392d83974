"""share_out and bottles with heavy and light sacks, several drop-offs per grower, then random pressing days."""

import random
from datetime import date

from observing import attempt
from ciderpress.gate import DropOff
from ciderpress.pressing import PressDay

GROWERS = ["Hilltop Farm", "Mrs Pryce", "The Vicarage", "Allotment 14", "Orchard Cottage", "Mr Bevan"]


def run(drops, juice, bottle=0.75):
    day = PressDay(date(2024, 10, 12), bottle)
    received = [attempt(day.receive, DropOff(*drop)) for drop in drops]
    return received, day.fruit_kg(), attempt(day.share_out, juice), attempt(day.bottles, juice)


def observe():
    rng = random.Random(9034)
    results = []
    edge = [
        [],
        [("A", 1, 10.4)],
        [("A", 1, 10.4), ("B", 1, 10.4)],
        [("A", 1, 10.4), ("B", 10, 14.0)],
        [("A", 0, 10.0), ("B", 5, 12.0)],
        [("A", 5, 22.0), ("A", 0, 8.0), ("B", 3, 31.2)],
        [("A", 2, 0.8), ("B", 2, 5.0)],
        [("", 2, 9.0), ("B", 1, 5.0)],
    ]
    for drops in edge:
        for juice in (0.0, 1.0, 6.4, 42.0, 100.0):
            results.append(run(drops, juice))
    for _ in range(150):
        drops = []
        for _ in range(rng.randint(1, 8)):
            sacks = rng.randint(0, 12)
            drops.append((rng.choice(GROWERS), sacks, round(sacks * 0.4 + rng.uniform(-1, 15 * max(sacks, 1)), 1)))
        juice = round(rng.uniform(0, 300), 1)
        results.append(run(drops, juice, rng.choice((0.5, 0.75, 1.0))))
    return results
