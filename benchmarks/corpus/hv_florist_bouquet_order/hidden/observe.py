"""Order.total for bouquets around a dozen stems and around the free delivery
price, with and without delivery; random orders built up and trimmed."""

import random

from observing import attempt
from florist.order import Order
from florist.stock import PRICES


def bouquet(lines, delivery):
    order = Order("c", delivery=delivery)
    for stem, count in lines:
        order.add(stem, count)
    return order


def observe():
    rng = random.Random(1212)
    results = []
    for delivery in (False, True):
        for stem in sorted(PRICES):
            for count in (1, 5, 10, 11, 12, 13, 14, 15, 16, 20, 24):
                results.append(attempt(bouquet([(stem, count)], delivery).total))
        for lines in ([("rose", 6), ("tulip", 6)], [("rose", 11), ("eucalyptus", 1)], [("peony", 9), ("tulip", 2)],
                      [("lily", 11), ("rose", 1)], [("peony", 10)], [("rose", 14), ("tulip", 1)],
                      [(stem, 1) for stem in sorted(PRICES)], [(stem, 2) for stem in sorted(PRICES)]):
            results.append(attempt(bouquet(lines, delivery).total))
    results.append(attempt(Order("nobody", delivery=True).total))
    stems = sorted(PRICES)
    for _ in range(100):
        order = Order("c", delivery=rng.random() < 0.6)
        for _ in range(rng.randint(1, 6)):
            order.add(rng.choice(stems), rng.randint(1, 9))
        if rng.random() < 0.3:
            order.remove(rng.choice(stems), rng.randint(1, 5))
        results.append((attempt(order.total), attempt(order.receipt)))
    return results
