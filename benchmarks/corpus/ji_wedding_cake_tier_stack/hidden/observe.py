"""CakeOrder tiers, servings, price and describe around each stack's portions (one guest
either side), for every shape and top tier, then random orders."""

import random

from observing import attempt
from cakeshop.order import CakeOrder
from cakeshop.portions import PORTIONS


def quote(guests, flavour, shape, top):
    order = CakeOrder(guests, flavour, shape, top)
    return attempt(order.tiers), attempt(order.servings), attempt(order.price), attempt(order.describe)


def observe():
    rng = random.Random(5150)
    results = []
    for shape, chart in PORTIONS.items():
        for top in (4, 6, 8, 10, 12, 14, 16):
            sizes = [size for size in range(top, 15, 2)]
            running = 0
            edges = {0, 1}
            for size in sizes:
                running += chart.get(size, 0)
                edges.update({running - 1, running, running + 1})
            for guests in sorted(edges):
                results.append(quote(guests, "sponge", shape, top))
    results.append(quote(100, "lemon", "round", 6))
    results.append(quote(100, "fruit", "hexagonal", 6))
    for _ in range(200):
        results.append(quote(rng.randint(-5, 300), rng.choice(("sponge", "chocolate", "fruit")), rng.choice(("round", "round", "square")), rng.choice((4, 6, 6, 6, 8, 10))))
    return results
