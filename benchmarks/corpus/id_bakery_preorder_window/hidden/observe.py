"""Preorders at every lead time around both limits, then random orders and plans."""

import random
from datetime import date, timedelta

from observing import attempt
from bakery.orders import Preorder
from bakery.schedule import accepts_preorder, plan_bakes, rejected


def observe():
    rng = random.Random(4417)
    results = []
    base = date(2024, 3, 1)
    for start in range(7):
        today = base + timedelta(days=start)
        for lead in range(-3, 30):
            order = Preorder("x", today + timedelta(days=lead), {"rye": 1})
            results.append((start, lead, attempt(accepts_preorder, order, today)))
    for _ in range(40):
        today = base + timedelta(days=rng.randint(0, 200))
        orders = []
        for n in range(rng.randint(0, 25)):
            pickup = today + timedelta(days=rng.randint(-2, 40))
            items = {kind: rng.randint(1, 20) for kind in rng.sample(["rye", "white", "spelt", "sour"], rng.randint(0, 3))}
            orders.append(Preorder(f"c{n}", pickup, items))
        results.append(attempt(plan_bakes, orders, today))
        results.append(attempt(rejected, orders, today))
        results.append([attempt(accepts_preorder, order, today) for order in orders])
    return results
