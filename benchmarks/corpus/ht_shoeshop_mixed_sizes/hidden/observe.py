"""Largest sizes and size runs over random sales logs mixing both size systems."""

import random
from datetime import date, timedelta

from observing import attempt
from shoes.sales import STATUSES, Sale, largest_sold, parse_sales, size_run
from shoes.sizes import SYSTEMS, TABLE, convert


def observe():
    rng = random.Random(2718)
    results = []
    day = date(2024, 1, 1)
    edge = [
        [],
        [Sale(day, "m", "42", "eu", "returned")],
        [Sale(day, "m", "7", "us", "sold")],
        [Sale(day, "m", "7", "us", "sold"), Sale(day, "n", "39", "eu", "sold")],
        [Sale(day, "m", "48", "eu", "returned"), Sale(day, "n", "13", "us", "sold")],
        [Sale(day, "m", "39", "eu", "sold"), Sale(day, "n", "6.5", "us", "sold"), Sale(day, "o", "7.5", "us", "sold")],
    ]
    for sales in edge:
        for system in ("eu", "us", "uk"):
            results.append((attempt(largest_sold, sales, system), attempt(size_run, sales, system)))
    results.append(attempt(parse_sales, "2024-01-01, X, 42, us, sold"))
    results.append(attempt(convert, "42", "eu", "uk"))
    for _ in range(100):
        sales = []
        for _ in range(rng.randint(0, 10)):
            system = rng.choice(SYSTEMS)
            size = rng.choice(TABLE)[SYSTEMS.index(system)]
            sales.append(Sale(day + timedelta(days=rng.randint(0, 300)), "model", size, system,
                              rng.choice(STATUSES + ("sold",))))
        results.append((attempt(largest_sold, sales), attempt(largest_sold, sales, "us"),
                        attempt(size_run, sales, rng.choice(SYSTEMS))))
    return results
