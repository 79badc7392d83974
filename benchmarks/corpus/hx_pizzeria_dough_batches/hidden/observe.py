"""Mixing plans for weeks of orders that leave more or less dough over, random
recipes, batch sizes and order books."""

import random

from observing import attempt
from pizzeria.production import flour_order, mixing_plan
from pizzeria.recipes import Recipe

DAYS = ["tue", "wed", "thu", "fri", "sat", "sun", "mon"]


def observe():
    rng = random.Random(2718)
    results = []
    recipe = Recipe("neapolitan", 250, 0.65)
    for week in ([108, 48, 8, 48, 0, 150, 4], [44, 44, 44, 44, 44, 44, 44], [48, 0, 48, 0], [1, 1, 1, 1],
                 [0, 0, 20], [400, 12, 12, 12], [], [40, 40]):
        orders = list(zip(DAYS, week))
        for batch in (250, 5_000, 10_000, 9_000):
            plan = attempt(mixing_plan, orders, recipe, batch)
            results.append((plan, attempt(flour_order, plan, recipe, batch) if isinstance(plan, list) else None))
    for _ in range(100):
        recipe = Recipe("r", rng.choice([180, 200, 250, 280, 400, 450]), rng.choice([0.6, 0.7, 0.8]))
        batch = rng.choice([2_500, 5_000, 8_000, 10_000, 12_000])
        orders = [(day, rng.choice([0, rng.randint(1, 60), rng.randint(1, 250)])) for day in DAYS[: rng.randint(1, 7)]]
        results.append(attempt(mixing_plan, orders, recipe, batch))
    return results
