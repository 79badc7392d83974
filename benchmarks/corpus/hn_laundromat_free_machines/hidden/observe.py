"""Shops with random broken and busy machines, and random days of customers."""

import random

from observing import attempt
from laundry.machines import Machine, make_floor
from laundry.shop import Laundromat


def snapshot(shop, now):
    return (
        attempt(shop.free_machines, "washer", now),
        attempt(shop.free_machines, "dryer", now),
        attempt(shop.wait_time, "washer", now),
        attempt(shop.wait_time, "dryer", now),
    )


def observe():
    rng = random.Random(5150)
    results = []
    # edge cases: empty shop, everything broken, broken and busy, repaired again
    results.append(snapshot(Laundromat([]), 0))
    shop = Laundromat(make_floor(2, 1))
    for number in (1, 2, 3):
        shop.report_broken(number)
    results.append(snapshot(shop, 0))
    results.append(attempt(shop.start, "washer", 0))
    shop.repaired(2)
    results.append((snapshot(shop, 0), attempt(shop.start, "washer", 0), snapshot(shop, 10)))
    busy_broken = Laundromat([Machine(1, "washer", True, 50), Machine(2, "washer", False, 40)])
    for now in (0, 40, 50, 60):
        results.append(snapshot(busy_broken, now))
    for _ in range(100):
        machines = []
        for number in range(1, rng.randint(1, 7) + 1):
            machines.append(Machine(
                number,
                rng.choice(["washer", "dryer"]),
                rng.random() < 0.3,
                rng.choice([None, None, rng.randint(0, 90)]),
            ))
        shop = Laundromat(machines)
        day = []
        now = 0
        for _ in range(rng.randint(1, 10)):
            now += rng.randint(0, 25)
            action = rng.random()
            kind = rng.choice(["washer", "dryer"])
            if action < 0.6:
                day.append(attempt(shop.start, kind, now))
            elif action < 0.75:
                number = rng.choice(list(shop.machines))
                shop.report_broken(number)
            elif action < 0.85:
                number = rng.choice(list(shop.machines))
                shop.repaired(number)
            else:
                day.append(snapshot(shop, now))
        day.append(snapshot(shop, now))
        day.append(round(shop.takings, 2))
        results.append(day)
    return results
