"""Takings over days of orders with refunds first, last, in the middle and all."""

import random

from observing import attempt
from orders import Line, Order
from takings import best_seller, day_total, takings_by_item

MENU = {"taco": 350, "burrito": 800, "nachos": 550, "horchata": 300, "churros": 400}


def order(rng, number, refunded):
    lines = [Line(item, rng.randint(0, 4), MENU[item]) for item in rng.sample(sorted(MENU), rng.randint(0, 3))]
    return Order(number, lines, refunded)


def observe():
    rng = random.Random(2718)
    results = []
    days = [
        [],
        [Order(1, [Line("taco", 1, 350)], True)],
        [Order(1, [Line("taco", 1, 350)], True), Order(2, [Line("taco", 2, 350)])],
        [Order(1, [Line("taco", 2, 350)]), Order(2, [Line("nachos", 1, 550)], True)],
        [Order(1, [Line("churros", 1, 400)], True), Order(2, [Line("churros", 1, 400)], True)],
        [Order(1, []), Order(2, [Line("burrito", 1, 800)], True), Order(3, [Line("horchata", 3, 300)])],
    ]
    for _ in range(120):
        days.append([order(rng, n, rng.random() < 0.3) for n in range(rng.randint(0, 8))])
    for day in days:
        results.append(attempt(takings_by_item, day))
        results.append(attempt(day_total, day))
        results.append(attempt(best_seller, day))
    return results
