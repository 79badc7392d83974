"""Bills for single guests, groups round the discount size, with and without orders, then random bookings."""

import random

from observing import attempt
from catcafe.billing import Visit, bill, split_evenly
from catcafe.menu import MENU


def plain(result):
    if isinstance(result, str):
        return result
    return {"lines": result.lines, "discount": result.discount, "total": result.total}


def run(visits, weekend):
    return attempt(lambda: plain(bill(visits, weekend)))


def observe():
    rng = random.Random(5150)
    items = sorted(MENU)
    results = []
    results.append(run([], False))
    for orders in ([], ["tea"], ["latte", "scone"], ["toastie", "toastie"], ["cocktail"]):
        for minutes in (0, 30, 31, 75):
            for weekend in (False, True):
                results.append(run([Visit("Solo", minutes, list(orders))], weekend))
    for size in (5, 6, 7):
        for with_food in (False, True):
            visits = [Visit(f"g{k}", 40, ["brownie"] if with_food else []) for k in range(size)]
            results.append(run(visits, False))
    results.append(attempt(bill, [Visit("Neg", -5)]))
    for _ in range(150):
        visits = [
            Visit(f"guest{k}", rng.randint(0, 180), [rng.choice(items) for _ in range(rng.choice([0, 0, 1, 2, 3]))])
            for k in range(rng.randint(1, 9))
        ]
        result = run(visits, rng.random() < 0.5)
        results.append(result)
        if isinstance(result, dict):
            results.append(attempt(split_evenly, result["total"], len(visits)))
    return results
