"""Mill.schedule and ready_dates starting on each day of the week, with lots that fit in a day, fill it exactly, or run over one or more days, around weekends and shutdown days; then random intakes, capacities and shutdowns."""

import random
from datetime import date, timedelta

from observing import attempt
from woolmill.lots import Lot
from woolmill.mill import Mill

MONDAY = date(2024, 7, 8)


def run(mill, lots, start):
    return mill.schedule(lots, start), mill.ready_dates(lots, start)


def observe():
    rng = random.Random(8420)
    results = []
    for shutdowns in ((), (MONDAY + timedelta(days=2),), (MONDAY + timedelta(days=4), MONDAY + timedelta(days=7))):
        mill = Mill(400, shutdowns)
        for offset in range(7):
            start = MONDAY + timedelta(days=offset)
            for kgs in ([], [100.0], [400.0], [399.5, 0.5], [250.0, 300.0, 120.5], [1300.0], [2500.0, 10.0]):
                lots = [Lot(f"L{n}", "Farm", "Swaledale", kg) for n, kg in enumerate(kgs)]
                results.append(attempt(run, mill, lots, start))
    for _ in range(120):
        start = MONDAY + timedelta(days=rng.randint(0, 30))
        shutdowns = tuple(start + timedelta(days=rng.randint(0, 20)) for _ in range(rng.randint(0, 3)))
        mill = Mill(rng.choice((250, 400, 600.5)), shutdowns)
        lots = [Lot(f"L{n}", f"Farm {n % 4}", "Texel", round(rng.uniform(20, 900), rng.choice((0, 1)))) for n in range(rng.randint(0, 8))]
        results.append(attempt(run, mill, lots, start))
    return results
