"""Prices on every day around sales opening, the early-bird end and the event, then random orders."""

import random
from datetime import date, timedelta

from observing import attempt
from mod import Event, order_total, unit_price

EVENTS = [
    Event("a", date(2024, 7, 20), 4500, date(2024, 3, 1), date(2024, 4, 30)),
    Event("b", date(2024, 3, 10), 999, date(2024, 3, 1), date(2024, 3, 1)),
    Event("c", date(2024, 3, 10), 2000, date(2024, 3, 1), date(2024, 3, 9)),
    Event("d", date(2025, 1, 2), 3333, date(2024, 12, 1), date(2024, 12, 31)),
]


def observe():
    rng = random.Random(4040)
    results = []
    for event in EVENTS:
        for anchor in (event.sales_open, event.early_bird_until, event.day):
            for shift in range(-2, 3):
                results.append(attempt(unit_price, event, anchor + timedelta(days=shift)))
    for _ in range(150):
        event = rng.choice(EVENTS)
        span = (event.day - event.sales_open).days
        bought = event.sales_open + timedelta(days=rng.randint(-3, span + 3))
        quantity = rng.choice([0, 1, 2, 9, 10, 11, 25])
        results.append((event.name, bought, quantity, attempt(order_total, event, bought, quantity)))
    return results
