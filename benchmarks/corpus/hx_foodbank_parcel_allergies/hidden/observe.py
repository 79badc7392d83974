"""Parcels for households with no, empty and various allergy lists, out of random
stock, packed one after another from the same shelves."""

import random
from datetime import date, timedelta

from observing import attempt
from foodbank.parcels import Household, parcel_for
from foodbank.stock import Item, Stock

NAMES = {
    "tins": ["beans", "soup", "tuna", "peas"],
    "pasta": ["spaghetti", "rice", "penne", "noodles"],
    "cereal": ["oats", "cornflakes", "muesli"],
    "tea": ["teabags", "coffee"],
    "fresh": ["apples"],
}
ALLERGENS = ["gluten", "nuts", "fish", "celery", "milk"]
TODAY = date(2024, 3, 4)


def random_stock(rng):
    items = []
    for _ in range(rng.randint(0, 14)):
        category = rng.choice(list(NAMES))
        best = None if rng.random() < 0.3 else TODAY + timedelta(days=rng.randint(-20, 300))
        allergens = frozenset(rng.sample(ALLERGENS, rng.choice([0, 0, 1, 2])))
        items.append(Item(rng.choice(NAMES[category]), category, rng.randint(0, 12), allergens, best))
    return Stock(items)


def random_allergies(rng):
    return rng.choice([None, None, set(), set(rng.sample(ALLERGENS, rng.randint(1, 3)))])


def packed(household, stock):
    parcel = attempt(parcel_for, household, stock, TODAY)
    return parcel, [(item.name, item.quantity) for item in stock.items]


def observe():
    rng = random.Random(5150)
    results = []
    for allergies in (None, set(), {"gluten"}, {"celery", "gluten"}, {"nuts"}):
        for adults, children in ((1, 0), (2, 1), (0, 3), (5, 5), (0, 0)):
            stock = Stock([
                Item("beans", "tins", 10, best_before=date(2025, 1, 1)),
                Item("soup", "tins", 4, frozenset({"celery"}), date(2024, 6, 1)),
                Item("spaghetti", "pasta", 5, frozenset({"gluten"}), date(2025, 5, 1)),
                Item("rice", "pasta", 8),
                Item("oats", "cereal", 6, frozenset({"gluten"}), date(2024, 9, 1)),
                Item("teabags", "tea", 20, frozenset({"nuts"})),
            ])
            results.append(packed(Household("R", adults, children, allergies), stock))
    for referral in ({"ref": "a"}, {"ref": "b", "allergies": []}, {"ref": "c", "allergies": [" Nuts"], "adults": "2"}):
        household = attempt(Household.from_referral, referral)
        results.append(packed(household, Stock([Item("muesli", "cereal", 3, frozenset({"nuts"}))])))
    for _ in range(100):
        stock = random_stock(rng)
        run = []
        for _ in range(rng.randint(1, 3)):
            household = Household("R", rng.randint(0, 4), rng.randint(0, 4), random_allergies(rng))
            run.append(packed(household, stock))
        results.append(run)
    return results
