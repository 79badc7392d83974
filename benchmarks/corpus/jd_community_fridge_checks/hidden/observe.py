"""to_remove and still_good for each date kind around its date and the grace period, then random fridges."""

import random
from datetime import date, timedelta

from observing import attempt
from fridge.checks import still_good, take_me_first, to_remove
from fridge.items import BEST_BEFORE, USE_BY, Item
from fridge.report import kilos_saved

TODAY = date(2024, 3, 12)
FOODS = ["Milk", "Bread", "Ham", "Rice", "Hummus", "Yoghurt", "Salad", "Beans", "Cheese", "Soup", "Pasta", "Eggs"]


def names(items):
    return [item.name for item in items]


def observe():
    rng = random.Random(3141)
    results = []
    for kind in (USE_BY, BEST_BEFORE):
        for offset in (-40, -31, -30, -29, -2, -1, 0, 1, 5):
            for chilled in (True, False):
                for opened, logged_ago in ((False, None), (True, 0), (True, 1), (True, 2), (True, 5)):
                    item = Item("Food", "Co-op", 300, kind, TODAY + timedelta(days=offset), chilled, opened)
                    logged = None if logged_ago is None else {"Food": TODAY - timedelta(days=logged_ago)}
                    results.append(attempt(to_remove, [item], TODAY, logged))
    for _ in range(100):
        items = []
        logged = {}
        for name in rng.sample(FOODS, rng.randint(0, len(FOODS))):
            kind = rng.choice((USE_BY, BEST_BEFORE))
            items.append(Item(name, rng.choice(["Co-op", "Bakery", "Mrs Byrne"]), rng.randint(50, 2500), kind,
                              TODAY + timedelta(days=rng.randint(-45, 10)), rng.random() < 0.6, rng.random() < 0.2))
            if rng.random() < 0.7:
                logged[name] = TODAY - timedelta(days=rng.randint(0, 6))
        today = TODAY + timedelta(days=rng.randint(0, 3))
        removed = attempt(to_remove, items, today, logged)
        results.append(removed)
        results.append(attempt(lambda: names(still_good(items, today, logged))))
        results.append(attempt(take_me_first, items, today))
        if isinstance(removed, list):
            results.append(attempt(kilos_saved, items, removed))
    return results
