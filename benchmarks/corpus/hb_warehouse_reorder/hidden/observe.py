"""Reorder quantities for edge-case and random items."""

import random

from observing import attempt
from stock.models import Item
from stock.reorder import purchase_order, reorder_quantity
from stock.report import order_lines


def observe():
    results = []
    edge = [
        Item("e1", on_hand=10, reorder_point=10, max_level=10),
        Item("e2", on_hand=10, reorder_point=10, max_level=11),
        Item("e3", on_hand=0, reorder_point=0, max_level=0),
        Item("e4", on_hand=0, reorder_point=0, max_level=7, case_size=5),
        Item("e5", on_hand=-3, reorder_point=2, max_level=9, case_size=4),
        Item("e6", on_hand=5, reorder_point=4, max_level=20, reserved=1),
        Item("e7", on_hand=5, reorder_point=4, max_level=20, reserved=1, on_order=1),
        Item("e8", on_hand=1, reorder_point=3, max_level=30, case_size=-2),
        Item("e9", on_hand=2, reorder_point=3, max_level=2),
    ]
    for item in edge:
        results.append(attempt(reorder_quantity, item))
    rng = random.Random(99)
    items = []
    for n in range(80):
        point = rng.randint(0, 30)
        item = Item(f"S{n:03d}", on_hand=rng.randint(0, 60), reorder_point=point, max_level=point + rng.randint(0, 60),
                    case_size=rng.choice([1, 1, 6, 12, 24]), reserved=rng.randint(0, 10), on_order=rng.choice([0, 0, 5, 12]))
        items.append(item)
        results.append(attempt(reorder_quantity, item))
    results.append(attempt(purchase_order, items))
    results.append(attempt(order_lines, items[:20]))
    return results
