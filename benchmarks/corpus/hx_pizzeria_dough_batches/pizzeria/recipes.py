"""The pizzeria's dough recipes: dough per pizza base and how wet the dough is."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Recipe:
    name: str
    dough_grams: int  # one dough ball, for one pizza
    hydration: float  # water per gram of flour: 0.7 is a 70% dough
    salt: float = 0.02  # salt per gram of flour

    def flour_grams(self, dough_grams: int) -> int:
        """The flour in that much dough (flour + water + salt)."""
        return round(dough_grams / (1 + self.hydration + self.salt))


def parse_recipes(text: str) -> dict[str, Recipe]:
    """Lines of "name: grams per ball, hydration%"."""
    recipes = {}
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        name, _, rest = line.partition(":")
        grams, hydration = (part.strip() for part in rest.split(","))
        recipes[name.strip()] = Recipe(name.strip(), int(grams), float(hydration.rstrip("%")) / 100)
    return recipes
