"""Recipes as people type them:

    Pancakes
    serves 4
    200 g flour
    1 1/2 cup milk
    2 eggs
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from fractions import Fraction

from .units import UNITS, parse_quantity

LINE = re.compile(r"(?P<quantity>\d+(?: \d+/\d+|/\d+|\.\d+)?)\s+(?P<rest>.+)")


@dataclass(frozen=True)
class Ingredient:
    name: str
    quantity: Fraction
    unit: str = "pc"


@dataclass
class Recipe:
    title: str
    servings: int
    ingredients: list[Ingredient] = field(default_factory=list)


def parse_ingredient(line: str) -> Ingredient:
    match = LINE.fullmatch(line.strip())
    if not match:
        raise ValueError(f"cannot read {line!r}")
    first, _, name = match["rest"].partition(" ")
    if first.lower() in UNITS and name.strip():
        unit = first.lower()
    else:
        unit, name = "pc", match["rest"]
    return Ingredient(name.strip().lower(), parse_quantity(match["quantity"]), unit)


def parse_recipe(text: str) -> Recipe:
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    if len(lines) < 2 or not lines[1].lower().startswith("serves "):
        raise ValueError("a recipe starts with its title and a 'serves N' line")
    servings = int(lines[1].split()[1])
    if servings < 1:
        raise ValueError("a recipe serves at least one")
    return Recipe(lines[0], servings, [parse_ingredient(line) for line in lines[2:]])
