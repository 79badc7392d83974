"""Shelf labels with no offer, one, several on the same item and offers on other items, then random mornings."""

import random
from datetime import date, timedelta

from observing import attempt
from greengrocer.labels import print_run, shelf_label
from greengrocer.offers import Offer
from greengrocer.produce import Produce

TODAY = date(2024, 9, 4)
ITEMS = [
    Produce("AVO", "Avocado", "each", 0.95, "Peru"),
    Produce("LEM", "Lemons", "each", 0.35, "Spain"),
    Produce("CAR", "Carrots", "kg", 0.9, "England"),
    Produce("STR", "Strawberries", "punnet", 2.5, "England"),
    Produce("COR", "Coriander", "bunch", 0.8, "Cyprus"),
]


def observe():
    rng = random.Random(8642)
    results = []
    lemon, avocado = ITEMS[1], ITEMS[0]
    cases = [
        [],
        [Offer("LEM", 4, 1.0, TODAY, TODAY)],
        [Offer("LEM", 4, 1.0, TODAY, TODAY), Offer("AVO", 2, 1.5, TODAY, TODAY)],
        [Offer("AVO", 2, 1.5, TODAY, TODAY), Offer("LEM", 4, 1.0, TODAY, TODAY)],
        [Offer("LEM", 3, 0.8, TODAY, TODAY), Offer("LEM", 4, 1.2, TODAY, TODAY)],
        [Offer("LEM", 4, 1.2, TODAY, TODAY), Offer("LEM", 3, 0.8, TODAY, TODAY)],
        [Offer("LEM", 3, 0.8, TODAY, TODAY), Offer("LEM", 2, 0.5, TODAY - timedelta(days=1), TODAY - timedelta(days=1))],
        [Offer("LEM", 3, 1.5, TODAY, TODAY)],
        [Offer("LEM", 2, 0.7, TODAY, TODAY), Offer("LEM", 4, 1.4, TODAY, TODAY)],
    ]
    for offers in cases:
        results.append(attempt(shelf_label, lemon, offers, TODAY))
        results.append(attempt(shelf_label, avocado, offers, TODAY))
        results.append(attempt(print_run, ITEMS, offers, TODAY))
    for _ in range(150):
        items = rng.sample(ITEMS, rng.randint(1, len(ITEMS)))
        offers = []
        for _ in range(rng.randint(0, 6)):
            item = rng.choice(ITEMS)
            quantity = rng.randint(2, 5)
            price = round(item.price * quantity * rng.uniform(0.6, 1.05), 2)
            starts = TODAY + timedelta(days=rng.randint(-5, 2))
            offers.append(Offer(item.code, quantity, price, starts, starts + timedelta(days=rng.randint(0, 6))))
        day = TODAY + timedelta(days=rng.randint(-1, 2))
        results.append(attempt(print_run, items, offers, day))
        results.append(attempt(shelf_label, rng.choice(items), offers, day))
    return results
