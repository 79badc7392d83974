"""Overdue and uncollected tickets, day by day, for hand-made and random shop weeks."""

import datetime
import random

from observing import attempt
from tailor.shop import Shop

START = datetime.date(2024, 4, 29)
GARMENTS = ["trousers", "jacket", "dress", "coat", "shirt"]


def days(first, count):
    return [first + datetime.timedelta(days=n) for n in range(count)]


def observe():
    rng = random.Random(2468)
    results = []
    shop = Shop()
    for work_days in (0, 1, 2, 5):
        shop.take_in("edge", "coat", START, work_days)
    shop.mark_ready(103, START + datetime.timedelta(days=1))
    for day in days(START - datetime.timedelta(days=1), 12):
        results.append((attempt(shop.overdue, day), attempt(shop.uncollected, day, 0)))
    for _ in range(100):
        shop = Shop()
        for _ in range(rng.randint(1, 8)):
            received = START + datetime.timedelta(days=rng.randint(0, 20))
            ticket = shop.take_in(rng.choice("ABCDEFG"), rng.choice(GARMENTS), received, rng.randint(1, 6)).ticket
            if rng.random() < 0.5:
                ready = received + datetime.timedelta(days=rng.randint(0, 9))
                shop.mark_ready(ticket, ready)
                if rng.random() < 0.5:
                    shop.collect(ticket, ready + datetime.timedelta(days=rng.randint(0, 40)))
        today = START + datetime.timedelta(days=rng.randint(0, 60))
        results.append((attempt(shop.overdue, today), attempt(shop.uncollected, today), attempt(shop.uncollected, today, 7)))
    return results
