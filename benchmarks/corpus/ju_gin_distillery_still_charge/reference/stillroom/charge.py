"""The charge sheet for a run on the 300 litre pot still.

Neutral spirit comes in at about 96% and is cut with water down to CHARGE_ABV before
it goes in the pot. Recipes dose each botanical in grams per litre of that charge,
by dry weight; fresh peel is mostly water, so it is weighed out at FRESH_FACTOR
times the recipe's dose. The vapour basket holds at most BASKET_GRAMS.
"""

from __future__ import annotations

from stillroom.recipes import Botanical, Recipe

STILL_LITRES = 300
CHARGE_ABV = 60.0
FRESH_FACTOR = 4  # fresh peel weighed against dried, for the same flavour
BASKET_GRAMS = 1500


def charge_sheet(recipe: Recipe, spirit_litres: float, spirit_abv: float = 96.0) -> dict:
    """Water to add, the charge, and the grams of each botanical for the pot and the basket."""
    charge_litres = spirit_litres * spirit_abv / CHARGE_ABV
    if charge_litres > STILL_LITRES:
        raise ValueError(f"{charge_litres:.0f} litres of charge will not go in the {STILL_LITRES} litre pot")

    def weigh(item: Botanical) -> int:
        grams = item.grams_per_litre * charge_litres
        if item.fresh:
            grams *= FRESH_FACTOR
        return round(grams)

    pot = {b.name: weigh(b) for b in recipe.botanicals if not b.basket}
    basket = {b.name: weigh(b) for b in recipe.botanicals if b.basket}
    if sum(basket.values()) > BASKET_GRAMS:
        raise ValueError(f"{sum(basket.values())} g of botanicals will not go in the basket")
    return {
        "water_litres": round(charge_litres - spirit_litres, 1),
        "charge_litres": round(charge_litres, 1),
        "pot": pot,
        "basket": basket,
    }


def sheet_lines(recipe: Recipe, spirit_litres: float, spirit_abv: float = 96.0) -> list[str]:
    """The sheet as pinned up by the still."""
    sheet = charge_sheet(recipe, spirit_litres, spirit_abv)
    lines = [
        f"{recipe.name}: {spirit_litres:g} L spirit at {spirit_abv:g}% + {sheet['water_litres']:g} L water"
        f" = {sheet['charge_litres']:g} L at {CHARGE_ABV:g}%",
    ]
    lines += [f"  pot     {name:<24}{grams:>6} g" for name, grams in sheet["pot"].items()]
    lines += [f"  basket  {name:<24}{grams:>6} g" for name, grams in sheet["basket"].items()]
    return lines
