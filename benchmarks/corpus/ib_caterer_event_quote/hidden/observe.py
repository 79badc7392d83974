"""Quotes and deposits around the guest minimum and the waiter covers, then random events."""

import random
from datetime import date
from decimal import Decimal

from observing import attempt
from catering.menus import MENUS, Event, Menu
from catering.quotes import deposit, quote


def observe():
    rng = random.Random(5150)
    results = []
    menus = list(MENUS.values()) + [Menu("Canapes", Decimal("9.99")), Menu("Free", Decimal("0"))]
    day = date(2025, 7, 1)
    for menu in menus:
        for adults in (0, 1, 11, 12, 13, 24, 30, 39, 40, 41, 60, 79, 80, 81):
            for children in (0, 1, 2, 11, 12, 20):
                event = Event("e", day, adults, children)
                results.append(attempt(quote, event, menu))
    for _ in range(300):
        event = Event("r", day, rng.randint(0, 200), rng.randint(0, 40))
        menu = Menu("m", Decimal(rng.randint(500, 6000)) / 100)
        results.append(attempt(quote, event, menu))
        results.append(attempt(deposit, event, menu))
    return results
