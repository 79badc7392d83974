"""weekly_order and order_sheet on empty, short, at-par and over-par shelves (with and
without tubs on order, unstocked lines), then random Monday stock-takes."""

import random
from datetime import date, timedelta

from observing import attempt
from livefood.ordering import order_sheet, weekly_order
from livefood.stock import Line, reduced

CODES = [("CRK-L", "Large crickets"), ("CRK-M", "Medium crickets"), ("LOC-XL", "Adult locusts"),
         ("LOC-M", "Hopper locusts"), ("MEAL-R", "Mealworms"), ("DUB-M", "Dubia roaches")]


def monday(rows, today):
    lines = [Line(*row) for row in rows]
    return weekly_order(lines), order_sheet(lines), reduced(lines, today)


def observe():
    rng = random.Random(3389)
    results = []
    for on_hand in (0, 1, 5, 9, 10, 11):
        for on_order in (0, 1, 4, 10):
            for par in (0, 6, 10):
                for box in (1, 4, 6):
                    results.append(attempt(weekly_order, [Line("CRK-L", "Large crickets", on_hand, on_order, par, box)]))
    results.append(attempt(weekly_order, []))
    results.append(attempt(order_sheet, [Line("DUB-M", "Dubia roaches", 0, 0, 6, 5), Line("MEAL-R", "Mealworms", 0, 0, 1, 10)]))
    start = date(2024, 3, 4)
    for _ in range(150):
        rows = []
        for code, name in rng.sample(CODES, rng.randint(1, len(CODES))):
            on_hand = rng.choice((0, 0, rng.randint(0, 15)))
            packed = start - timedelta(days=rng.randint(0, 20)) if on_hand else None
            rows.append((code, name, on_hand, rng.choice((0, 0, rng.randint(0, 12))), rng.choice((0, 4, 6, 8, 10, 12)),
                         rng.choice((1, 4, 5, 6, 10)), packed, rng.choice((10, 14, 28, 35))))
        results.append(attempt(monday, rows, start + timedelta(days=rng.randint(0, 6))))
    return results
