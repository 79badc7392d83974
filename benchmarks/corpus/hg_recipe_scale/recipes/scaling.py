from __future__ import annotations

from dataclasses import replace

from .models import Recipe
from .units import format_quantity, normalize, to_base


def scale_recipe(recipe: Recipe, servings: int) -> Recipe:
    """The recipe for `servings` people, every quantity scaled and put in the handiest unit."""
    if servings <= 0:
        raise ValueError("servings must be positive")
    factor = servings // recipe.servings
    ingredients = []
    for ingredient in recipe.ingredients:
        quantity, unit = normalize(ingredient.quantity * factor, ingredient.unit)
        ingredients.append(replace(ingredient, quantity=quantity, unit=unit))
    return replace(recipe, servings=servings, ingredients=ingredients)


def shopping_list(recipes: list[Recipe]) -> list[str]:
    """What to buy for all the recipes together, one line per ingredient, by name."""
    needed: dict[tuple[str, str], float] = {}
    for recipe in recipes:
        for ingredient in recipe.ingredients:
            quantity, unit = to_base(ingredient.quantity, ingredient.unit)
            needed[ingredient.name, unit] = needed.get((ingredient.name, unit), 0) + quantity
    lines = []
    for (name, unit), quantity in sorted(needed.items()):
        lines.append(f"{name}: {format_quantity(*normalize(quantity, unit))}")
    return lines
