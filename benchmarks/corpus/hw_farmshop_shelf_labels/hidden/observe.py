"""allergens and labels for ingredients spelled every way the kitchen types them; random recipes."""

import random

from observing import attempt
from farmshop.ingredients import ALLERGEN_OF, SAFE, Recipe
from farmshop.labels import allergens, free_from, label, unknown_ingredients

NAMES = sorted(ALLERGEN_OF) + sorted(SAFE) + ["golden syrup", "cinnamon", "almond"]


def spellings(name):
    return [name, name.upper(), name.title(), " " + name + "  ", name.replace(" ", "-"),
            name.replace(" ", "  "), name.capitalize().replace(" ", "-")]


def respell(rng, name):
    return rng.choice(spellings(name))


def observe():
    rng = random.Random(9090)
    results = []
    for name in NAMES:
        for spelling in spellings(name):
            recipe = Recipe("r", (spelling,))
            results.append((attempt(allergens, recipe), attempt(label, recipe), attempt(unknown_ingredients, recipe)))
    results.append(attempt(allergens, Recipe("empty", ())))
    recipes = []
    for i in range(100):
        ingredients = tuple(respell(rng, rng.choice(NAMES)) for _ in range(rng.randint(1, 6)))
        recipe = Recipe(f"bake{i}", ingredients)
        recipes.append(recipe)
        results.append((attempt(allergens, recipe), attempt(label, recipe)))
    for allergen in ("gluten", "milk", "eggs", "nuts", "sesame", "peanuts", "soya", "fish"):
        results.append(attempt(free_from, recipes, allergen))
    return results
