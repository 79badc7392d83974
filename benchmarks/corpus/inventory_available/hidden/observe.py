"""Random sequences of receipts, orders, shipments and cancellations on a small warehouse."""

import random

from observing import attempt
from inventory import Item, OutOfStock, Warehouse


def snapshot(w):
    return {sku: (w.stock[sku], attempt(w.available, sku)) for sku in sorted(w.items)}


def observe():
    rng = random.Random(51)
    results = []
    for _ in range(25):
        w = Warehouse("w")
        skus = ["A", "B", "C", "D"][: rng.randint(1, 4)]
        for sku in skus:
            w.register(Item(sku, sku.lower(), rng.choice([1.0, 2.5, 10.0]), reorder_level=rng.randint(0, 6)))
        open_orders = []
        for _ in range(12):
            action = rng.choice(["receive", "order", "order", "ship", "cancel"])
            if action == "receive":
                results.append(attempt(w.receive, rng.choice(skus), rng.randint(1, 9)))
            elif action == "order":
                order = {sku: rng.randint(1, 6) for sku in rng.sample(skus, rng.randint(1, len(skus)))}
                outcome = attempt(w.fulfil, order)
                results.append(outcome)
                if outcome is None:
                    open_orders.append(order)
            elif open_orders:
                order = open_orders.pop(0)
                if action == "cancel":
                    results.append(attempt(w.cancel, order))
                else:
                    results.append([attempt(w.ship, sku, n) for sku, n in order.items()])
            results.append(snapshot(w))
            results.append(attempt(w.low_stock))
        results.append(attempt(w.reorder_list))
        results.append(attempt(w.stock_value))
    try:
        Warehouse("x").fulfil({"Z": 1})
    except Exception as error:
        results.append(type(error).__name__)
    return results
