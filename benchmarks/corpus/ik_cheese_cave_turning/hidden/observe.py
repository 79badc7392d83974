"""Cave.turning_due over ages and turn gaps around the young-wheel and interval edges,
sold or not, then random caves turned day by day for a few weeks."""

import random
from datetime import date, timedelta

from observing import attempt
from affinage.cave import Cave, Wheel

TODAY = date(2024, 10, 1)
STYLES = ["tomme", "cheddar", "blue", "washed"]


def observe():
    rng = random.Random(8080)
    results = []
    for style in STYLES:
        for age in (0, 1, 2, 12, 13, 14, 15, 20, 40, 100, 300):
            for since_turn in (None, 0, 1, 2, 3, 6, 7, 13, 14, 15):
                if since_turn is not None and since_turn > age:
                    continue
                for sold in (False, True):
                    last = None if since_turn is None else TODAY - timedelta(days=since_turn)
                    wheel = Wheel("X-1", style, TODAY - timedelta(days=age), 3.0, 1, last, sold)
                    results.append(attempt(Cave([wheel]).turning_due, TODAY))
    for _ in range(40):
        wheels = []
        for k in range(rng.randint(0, 12)):
            made = TODAY - timedelta(days=rng.randint(0, 320))
            last = None if rng.random() < 0.2 else made + timedelta(days=rng.randint(0, (TODAY - made).days))
            wheels.append(Wheel(f"W-{k:03d}", rng.choice(STYLES), made, round(rng.uniform(1, 13), 1),
                                rng.randint(1, 5), last, rng.random() < 0.2))
        cave = Cave(wheels)
        for day in range(21):
            when = TODAY + timedelta(days=day)
            due = attempt(cave.turning_due, when)
            results.append(due)
            if isinstance(due, list):
                for code in due:
                    if rng.random() < 0.85:
                        cave.turn(code, when)
            if rng.random() < 0.1:
                ready = cave.ready(when)
                if ready:
                    results.append(attempt(cave.sell, rng.choice(ready)))
        results.append(attempt(cave.ready, TODAY + timedelta(days=21)))
        results.append(attempt(cave.stock_kg))
    return results
