"""Random recipes scaled to random volumes, up and down."""

import random

from observing import attempt
from brewing.recipe import Ingredient, Recipe
from brewing.scaling import scale_recipe

UNITS = ["kg", "g", "l", "pkt", "tab"]


def observe():
    rng = random.Random(1516)
    results = []
    stout = Recipe("Stout", 23, 30, 75, (Ingredient("roast barley", 0.45, "kg"), Ingredient("S-04", 1, "pkt")))
    for target in (0, -5, 0.5, 1, 11.5, 23, 30, 46, 100):
        results.append(attempt(scale_recipe, stout, target))
    empty = Recipe("Water", 10, 10, 0)
    results.append(attempt(scale_recipe, empty, 25))
    for n in range(200):
        batch = rng.choice([5, 10, 19, 20, 23, 40, 50])
        recipe = Recipe(
            f"R{n}",
            batch_litres=batch,
            boil_litres=round(batch * rng.uniform(1.1, 1.5), 1),
            boil_minutes=rng.choice([30, 60, 90]),
            ingredients=tuple(
                Ingredient(f"i{k}", round(rng.uniform(0.1, 50), 2), rng.choice(UNITS)) for k in range(rng.randint(0, 6))
            ),
        )
        results.append(attempt(scale_recipe, recipe, rng.choice([1, 5, 10, 20, 23, 33.3, 60, 200])))
    return results
