from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Ingredient:
    name: str
    amount: float
    unit: str  # "kg", "g", "l", or whole units: "pkt", "tab"


@dataclass(frozen=True)
class Recipe:
    name: str
    batch_litres: float  # wort into the fermenter
    boil_litres: float  # pre-boil volume in the kettle
    boil_minutes: int
    ingredients: tuple[Ingredient, ...] = ()

    def amount_of(self, name: str) -> float:
        return sum(i.amount for i in self.ingredients if i.name == name)


def abv(original_gravity: float, final_gravity: float) -> float:
    """Alcohol by volume, in percent, by the usual homebrew approximation."""
    return round((original_gravity - final_gravity) * 131.25, 2)
