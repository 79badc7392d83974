"""Carts filled by random sequences of adds and removals against a small catalog."""

import random

from observing import attempt
from shop.cart import Cart
from shop.catalog import load_catalog

ROWS = [("A", "apple", "0.40", 100), ("B", "bread", "2.10", 6), ("C", "cheese", "7.95", 25), ("D", "dates", "3.00", 0)]


def observe():
    rng = random.Random(2207)
    results = []
    catalog = load_catalog(ROWS)
    for sku in ("A", "B", "C", "D", "Z"):
        for qty in (-1, 0, 1, 5, 6, 7, 19, 20, 21, 25, 26, 100):
            results.append(attempt(Cart(catalog).can_add, sku, qty))
    for before in (0, 10, 19, 20):
        cart = Cart(catalog)
        if before:
            cart.add("A", before)
        results.append([attempt(cart.can_add, sku, qty) for sku in "ABC" for qty in (1, 2, 10)])
    for _ in range(80):
        cart = Cart(catalog)
        steps = []
        for _ in range(rng.randint(1, 12)):
            sku = rng.choice("ABCDZ")
            qty = rng.choice([1, 1, 2, 3, 5, 8, 13])
            if rng.random() < 0.8:
                steps.append(attempt(cart.add, sku, qty))
            else:
                cart.remove(sku, qty)
        results.append((steps, dict(cart.lines), cart.item_count(), cart.total()))
    return results
