"""Shelf labels for the farm shop kitchen's bakes: the ingredients and, in
capitals, the allergens they contain."""

from __future__ import annotations

from farmshop.ingredients import ALLERGEN_OF, SAFE, Recipe, canonical


def allergens(recipe: Recipe) -> set[str]:
    found = set()
    for ingredient in recipe.ingredients:
        allergen = ALLERGEN_OF.get(canonical(ingredient))
        if allergen is not None:
            found.add(allergen)
    return found


def unknown_ingredients(recipe: Recipe) -> list[str]:
    """Ingredients in neither table: someone has to check them before the label prints."""
    return [i for i in recipe.ingredients if canonical(i) not in ALLERGEN_OF and canonical(i) not in SAFE]


def label(recipe: Recipe) -> str:
    lines = [recipe.name, "Ingredients: " + ", ".join(recipe.ingredients)]
    found = allergens(recipe)
    if found:
        lines.append("Contains: " + ", ".join(sorted(a.upper() for a in found)))
    else:
        lines.append("No major allergens")
    return "\n".join(lines)


def free_from(recipes: list[Recipe], allergen: str) -> list[str]:
    return sorted(r.name for r in recipes if allergen not in allergens(r))
