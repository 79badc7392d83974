"""awaiting_collection and to_chase over each state of an order, then random order books."""

import random
from datetime import date, timedelta

from observing import attempt
from sharpening.orders import Order, awaiting_collection, promised_for, takings, to_chase
from sharpening.pricing import RATES, Blade

TODAY = date(2024, 6, 15)
CUSTOMERS = ["Mrs Hale", "Mr Dunn", "Ms Rowe", "The Fox Inn", "Mr Pike", "Butcher Reid"]


def observe():
    rng = random.Random(4417)
    results = []
    for sharpened_ago in (None, 0, 1, 14, 15, 30):
        for collected_ago in (None, 0, 3):
            sharpened = None if sharpened_ago is None else TODAY - timedelta(days=sharpened_ago)
            collected = None if collected_ago is None else TODAY - timedelta(days=collected_ago)
            order = Order(1, "Mrs Hale", TODAY - timedelta(days=40), [Blade("kitchen")], False, sharpened, collected)
            results.append(attempt(awaiting_collection, [order], TODAY))
            results.append(attempt(to_chase, [order], TODAY))
    results.append(attempt(awaiting_collection, [], TODAY))
    kinds = sorted(RATES)
    for _ in range(80):
        orders = []
        for number in range(rng.randint(0, 12)):
            received = TODAY - timedelta(days=rng.randint(0, 40))
            blades = [Blade(rng.choice(kinds), rng.random() < 0.3, rng.random() < 0.2) for _ in range(rng.randint(1, 12))]
            sharpened = None
            collected = None
            if rng.random() < 0.8:
                sharpened = received + timedelta(days=rng.randint(0, 3))
                if sharpened > TODAY:
                    sharpened = TODAY
                if rng.random() < 0.5:
                    collected = sharpened + timedelta(days=rng.randint(0, 20))
                    if collected > TODAY:
                        collected = TODAY
            orders.append(Order(100 + number, rng.choice(CUSTOMERS), received, blades, rng.random() < 0.3, sharpened, collected))
        today = TODAY + timedelta(days=rng.randint(0, 10))
        results.append(attempt(awaiting_collection, orders, today))
        results.append(attempt(to_chase, orders, today))
        results.append(attempt(takings, orders, TODAY - timedelta(days=20), TODAY))
        results.append([attempt(promised_for, order) for order in orders])
    return results
