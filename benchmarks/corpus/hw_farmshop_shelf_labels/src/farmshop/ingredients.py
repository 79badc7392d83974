"""Recipes as the farm shop kitchen types them, and what the ingredients contain."""

from __future__ import annotations

from dataclasses import dataclass

# The allergens that must be named on the shelf label, by ingredient.
ALLERGEN_OF = {
    "wheat flour": "gluten",
    "spelt flour": "gluten",
    "rye flour": "gluten",
    "oats": "gluten",
    "butter": "milk",
    "milk": "milk",
    "double cream": "milk",
    "cream cheese": "milk",
    "egg": "eggs",
    "egg wash": "eggs",
    "ground almonds": "nuts",
    "hazelnuts": "nuts",
    "walnuts": "nuts",
    "peanut butter": "peanuts",
    "sesame seeds": "sesame",
    "tahini": "sesame",
    "soya flour": "soya",
}
SAFE = {"water", "salt", "sugar", "yeast", "caster sugar", "icing sugar", "cocoa", "vanilla", "raisins", "baking powder"}


@dataclass(frozen=True)
class Recipe:
    name: str
    ingredients: tuple[str, ...]


def canonical(ingredient: str) -> str:
    """`Wheat-Flour ` -> `wheat flour`"""
    return " ".join(ingredient.lower().replace("-", " ").split())


def parse_recipe(line: str) -> Recipe:
    """`Sourdough: Wheat Flour, water, salt`; the ingredients are kept as written,
    since they are printed on the label."""
    name, colon, rest = line.partition(":")
    ingredients = tuple(i.strip() for i in rest.split(",") if i.strip())
    if not colon or not name.strip() or not ingredients:
        raise ValueError(f"bad recipe {line!r}")
    return Recipe(name.strip(), ingredients)
