"""charge_sheet and sheet_lines for recipes with dried and fresh botanicals in the pot and the basket, spirit from already at charge strength to 96%, runs near the pot and basket limits, then random recipes and runs."""

import random

from observing import attempt
from stillroom.charge import charge_sheet, sheet_lines
from stillroom.recipes import Botanical, Recipe

NAMES = ["juniper", "coriander seed", "angelica root", "orris", "cassia", "lemon peel",
         "orange peel", "grapefruit peel", "lime leaf", "elderflower", "rose petal", "cubeb"]


def run(recipe, spirit_litres, spirit_abv):
    return attempt(charge_sheet, recipe, spirit_litres, spirit_abv), attempt(sheet_lines, recipe, spirit_litres, spirit_abv)


def observe():
    rng = random.Random(9660)
    results = []
    recipes = [
        Recipe("empty", ()),
        Recipe("dry", (Botanical("juniper", 20.0), Botanical("coriander seed", 6.0))),
        Recipe("fresh pot", (Botanical("juniper", 12.0), Botanical("lime peel", 2.0, fresh=True))),
        Recipe("dry basket", (Botanical("juniper", 18.0), Botanical("rose petal", 1.0, basket=True))),
        Recipe("fresh basket", (Botanical("lemon peel", 1.5, fresh=True, basket=True), Botanical("elderflower", 0.5, basket=True))),
        Recipe("heavy basket", (Botanical("orange peel", 2.0, fresh=True, basket=True),)),
    ]
    for recipe in recipes:
        for spirit_litres in (0, 1, 50, 100, 150, 187.5, 188, 250, 300):
            for spirit_abv in (60.0, 80.0, 96.0, 96.4):
                results.append(run(recipe, spirit_litres, spirit_abv))
    for _ in range(200):
        botanicals = tuple(
            Botanical(name, round(rng.choice((rng.uniform(0.1, 3), rng.uniform(3, 25))), 2),
                      fresh=rng.random() < 0.3, basket=rng.random() < 0.35)
            for name in rng.sample(NAMES, rng.randint(1, 7))
        )
        spirit_abv = rng.choice((60.0, 70.0, 90.0, 96.0, round(rng.uniform(60, 96.5), 1)))
        spirit_litres = rng.choice((round(rng.uniform(5, 190), 1), rng.randint(10, 300)))
        results.append(run(Recipe("random", botanicals), spirit_litres, spirit_abv))
    return results
