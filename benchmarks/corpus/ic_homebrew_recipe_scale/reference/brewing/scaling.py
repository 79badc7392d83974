from __future__ import annotations

import math
from dataclasses import replace

from .recipe import Ingredient, Recipe

WHOLE_UNITS = frozenset({"pkt", "tab"})


def scale_ingredient(ingredient: Ingredient, factor: float) -> Ingredient:
    amount = ingredient.amount * factor
    if ingredient.unit in WHOLE_UNITS:
        amount = max(1, math.ceil(round(amount, 6)))
    else:
        amount = round(amount, 3)
    return replace(ingredient, amount=amount)


def scale_recipe(recipe: Recipe, target_litres: float) -> Recipe:
    """The recipe brewed for `target_litres` of wort into the fermenter. Ingredients
    and the pre-boil volume scale by target_litres over the recipe's batch size;
    yeast packets and tablets round up to whole units; the boil time is unchanged."""
    if target_litres <= 0:
        raise ValueError("target volume must be positive")
    factor = target_litres / recipe.batch_litres
    return replace(
        recipe,
        batch_litres=target_litres,
        boil_litres=round(recipe.boil_litres * factor, 1),
        ingredients=tuple(scale_ingredient(i, factor) for i in recipe.ingredients),
    )
