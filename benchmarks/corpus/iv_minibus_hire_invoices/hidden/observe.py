"""invoice on same-day and longer hires, around the free mileage allowance, with and
without a driver, on every bus, then random hires."""

import random
from datetime import date, timedelta

from observing import attempt
from fleet import FLEET
from hire import Hire, invoice

START = date(2024, 4, 5)


def observe():
    rng = random.Random(1207)
    results = []
    for bus in FLEET:
        for days in (-1, 0, 1, 2, 6):
            for driven in (-5, 0, 1, 119, 120, 121, 150, 151, 300, 301, 450, 1000):
                for driver in (False, True):
                    hire = Hire("c", START, START + timedelta(days=days), 10000, 10000 + driven, driver)
                    results.append((bus.reg, days, driven, driver, attempt(invoice, hire, bus)))
    for _ in range(200):
        bus = rng.choice(FLEET)
        pickup = START + timedelta(days=rng.randint(0, 200))
        back = pickup + timedelta(days=rng.choice([0, 0, 1, 2, 3, rng.randint(0, 14)]))
        out = rng.randint(5000, 90000)
        hire = Hire("c", pickup, back, out, out + rng.randint(0, 1800), rng.random() < 0.3)
        results.append(attempt(invoice, hire, bus))
    return results
