"""delivery_date over cold, mild and summer spells for K-factors below, at and above one, then random tanks and forecasts."""

import random
from datetime import date, timedelta

from observing import attempt
from oilround.forecast import delivery_date, delivery_list
from oilround.tanks import Tank

START = date(2025, 1, 6)


def spell(temps):
    return [(START + timedelta(days=i), high, low) for i, (high, low) in enumerate(temps)]


def run(customer, capacity, gallons, k, hot, temps):
    return delivery_date(Tank(customer, capacity, gallons, k, hot), spell(temps))


def observe():
    rng = random.Random(6565)
    results = []
    spells = [
        [],
        [(40, 20)] * 21,
        [(60, 50)] * 10,
        [(80, 62)] * 14,
        [(65, 65)] * 7,
        [(30, 5)] * 30,
    ]
    for temps in spells:
        for k in (0, 0.5, 1.0, 2.0, 4.2, 5.0, 8.0):
            for gallons in (0, 68.75, 70, 150, 275):
                for hot in (0.0, 1.5):
                    results.append(attempt(run, "Hartley", 275, gallons, k, hot, temps))
    for _ in range(200):
        capacity = rng.choice((275, 330, 550, 1000))
        temps = []
        for _ in range(rng.randint(0, 30)):
            low = rng.randint(-10, 65)
            temps.append((low + rng.randint(0, 25), low))
        results.append(attempt(
            run, "Brennan", capacity, round(rng.uniform(0, capacity), 1),
            rng.choice((rng.uniform(0.5, 10), rng.choice((1.0, 3.0, 5.0)))),
            rng.choice((0.0, 0.0, 1.0, 2.5)), temps,
        ))
    for _ in range(40):
        temps = []
        for _ in range(rng.randint(0, 21)):
            low = rng.randint(-5, 55)
            temps.append((low + rng.randint(0, 20), low))
        tanks = [
            Tank(f"cust{i}", 275, round(rng.uniform(40, 275), 1), round(rng.uniform(1, 9), 2), rng.choice((0.0, 1.5)))
            for i in range(rng.randint(0, 8))
        ]
        results.append(attempt(delivery_list, tanks, spell(temps)))
    return results
