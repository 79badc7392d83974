"""Recipes for 1 to 8 people scaled to every table size, and what to buy for them."""

import random

from observing import attempt
from recipes.models import Ingredient, Recipe
from recipes.scaling import scale_recipe, shopping_list

UNITS = ["g", "kg", "ml", "l", "", "g", "ml"]
NAMES = ["flour", "sugar", "milk", "eggs", "butter", "salt", "cream", "rice", "stock", "lemons"]


def shown(recipe):
    if not isinstance(recipe, Recipe):
        return recipe
    return (recipe.servings, [(i.name, i.quantity, i.unit) for i in recipe.ingredients])


def observe():
    rng = random.Random(8713)
    recipes = [
        Recipe("empty", 3),
        Recipe("one", 1, [Ingredient("flour", 100, "g")]),
        Recipe("big", 6, [Ingredient("stock", 1.5, "l"), Ingredient("rice", 0.6, "kg"), Ingredient("eggs", 3)]),
        Recipe("tiny", 4, [Ingredient("salt", 2, "g"), Ingredient("milk", 999, "ml")]),
    ]
    for n in range(30):
        ingredients = []
        for name in rng.sample(NAMES, rng.randint(1, 5)):
            unit = rng.choice(UNITS)
            quantity = rng.choice([rng.randint(1, 1200), round(rng.uniform(0.1, 3), 2)])
            ingredients.append(Ingredient(name, quantity, unit))
        recipes.append(Recipe(f"r{n}", rng.randint(1, 8), ingredients))
    results = []
    for recipe in recipes:
        for servings in (-2, 0, 1, 2, 3, 5, recipe.servings, recipe.servings * 3, rng.randint(1, 12)):
            results.append(shown(attempt(scale_recipe, recipe, servings)))
    for _ in range(15):
        chosen = rng.sample(recipes, 3)
        scaled = [scale_recipe(r, rng.randint(1, 10)) for r in chosen]
        results.append(attempt(shopping_list, scaled))
    return results
