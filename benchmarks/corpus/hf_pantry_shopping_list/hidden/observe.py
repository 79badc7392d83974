"""Random meal plans, with random servings and random pantries."""

import random
from fractions import Fraction

from observing import attempt
from pantry.recipes import Ingredient, Recipe, parse_recipe
from pantry.shopping import needed_amounts, shopping_list
from pantry.units import UNITS

NAMES = ["flour", "milk", "eggs", "sugar", "butter", "salt", "rice", "onion"]


def observe():
    rng = random.Random(4711)
    results = []
    soup = parse_recipe("Soup\nserves 6\n1 kg potatoes\n1.5 l stock\n2 onion\n1 tbsp salt")
    bread = parse_recipe("Bread\nserves 1\n500 g flour\n1 tsp salt\n300 ml water")
    fixed_plans = [[], [(soup, 6)], [(soup, 1)], [(soup, 12), (soup, 3)], [(bread, 1)], [(bread, 3), (soup, 4)],
                   [(bread, 0)], [(soup, 5)]]
    for plan in fixed_plans:
        results.append(attempt(needed_amounts, plan))
        results.append(attempt(shopping_list, plan))
        results.append(attempt(shopping_list, plan, {"salt": (Fraction(10), "ml"), "flour": (Fraction(1), "kg")}))
    units = list(UNITS)
    for _ in range(60):
        recipes = []
        for number in range(rng.randint(1, 3)):
            items = [Ingredient(rng.choice(NAMES), Fraction(rng.randint(1, 12), rng.choice([1, 2, 4])), rng.choice(units))
                     for _ in range(rng.randint(1, 5))]
            recipes.append(Recipe(f"r{number}", rng.randint(1, 8), items))
        plan = [(rng.choice(recipes), rng.randint(1, 10)) for _ in range(rng.randint(1, 4))]
        pantry = {rng.choice(NAMES): (Fraction(rng.randint(0, 600)), rng.choice(units)) for _ in range(rng.randint(0, 4))}
        results.append(attempt(needed_amounts, plan))
        results.append(attempt(shopping_list, plan, pantry))
    return results
