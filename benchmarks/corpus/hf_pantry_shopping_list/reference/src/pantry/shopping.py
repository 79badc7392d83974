"""What to buy for the week's meal plan, given what is already in the cupboard."""

from __future__ import annotations

from fractions import Fraction

from .recipes import Recipe
from .units import format_amount, to_base

Plan = list[tuple[Recipe, int]]  # each recipe with the servings planned


def needed_amounts(plan: Plan) -> dict[tuple[str, str], Fraction]:
    """How much of each ingredient the plan needs, in base units, by (name, base unit).
    Each recipe is scaled from the servings it is written for to the servings planned."""
    needed: dict[tuple[str, str], Fraction] = {}
    for recipe, servings in plan:
        factor = Fraction(servings, recipe.servings)
        for item in recipe.ingredients:
            amount, base = to_base(item.quantity, item.unit)
            amount *= factor
            key = (item.name, base)
            needed[key] = needed.get(key, Fraction(0)) + amount
    return needed


def shopping_list(plan: Plan, pantry: dict[str, tuple[Fraction, str]] | None = None) -> list[str]:
    """Lines such as 'flour: 750 g', by name. What the pantry holds, in any unit of the
    same kind, is deducted; what it fully covers is left out."""
    needed = needed_amounts(plan)
    for name, (quantity, unit) in (pantry or {}).items():
        have, base = to_base(quantity, unit)
        if (name, base) in needed:
            needed[name, base] -= have
    return [f"{name}: {format_amount(amount, base)}"
            for (name, base), amount in sorted(needed.items()) if amount > 0]
