"""Quotes around the bulk and free-delivery boundaries, then random orders and price lists."""

import random

from observing import attempt
from firewood.orders import Order
from firewood.pricing import PriceList


def plain(prices, order):
    q = prices.quote(order)
    return (q.wood, q.discount, q.delivery, q.stacking, q.total)


def observe():
    rng = random.Random(8812)
    results = []
    prices = PriceList()
    for wood in ("seasoned", "kiln-dried", "softwood", "ash"):
        for volume in (0, 0.5, 1, 2, 2.9, 2.99, 3, 3.01, 3.5, 6):
            for miles in (0, 9.9, 10, 10.1, 11, 16, 40):
                for stacking in (False, True):
                    order = Order("c", wood, volume, miles, stacking)
                    results.append(attempt(plain, prices, order))
                    results.append(attempt(prices.quote_text, order))
    for _ in range(300):
        prices = PriceList(
            {"seasoned": rng.choice([85.0, 95.0, 99.5]), "kiln-dried": rng.choice([120.0, 130.0, 142.5]), "softwood": 70.0},
            per_mile=rng.choice([1.0, 1.5, 2.25]),
            stacking_per_cubic_metre=rng.choice([10.0, 15.0]),
        )
        order = Order(
            "c",
            rng.choice(["seasoned", "kiln-dried", "softwood"]),
            rng.choice([0.5, 1, 1.5, 2, 2.5, 3, 4, 5, 8]),
            rng.choice([round(rng.uniform(0, 35), 1), 10.0, float(rng.randint(0, 30))]),
            rng.random() < 0.3,
        )
        results.append(attempt(plain, prices, order))
        results.append(attempt(prices.quote_text, order))
    return results
