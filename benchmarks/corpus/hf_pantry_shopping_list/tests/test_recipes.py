from fractions import Fraction

import pytest

from pantry.recipes import Ingredient, parse_ingredient, parse_recipe
from pantry.units import format_amount, parse_quantity, to_base


def test_parse_recipe(pancakes):
    assert pancakes.title == "Pancakes"
    assert pancakes.servings == 4
    assert pancakes.ingredients[1] == Ingredient("milk", Fraction(3, 2), "cup")
    assert pancakes.ingredients[2] == Ingredient("eggs", Fraction(2), "pc")


def test_ingredient_without_a_unit():
    assert parse_ingredient("1 large onion") == Ingredient("large onion", Fraction(1), "pc")


def test_recipe_needs_servings():
    with pytest.raises(ValueError):
        parse_recipe("Toast\n2 slices bread")


def test_quantities():
    assert parse_quantity("1/2") == Fraction(1, 2)
    assert parse_quantity("0.25") == Fraction(1, 4)
    assert parse_quantity("2 1/4") == Fraction(9, 4)


def test_units():
    assert to_base(Fraction(2), "tbsp") == (30, "ml")
    assert to_base(Fraction(3, 2), "kg") == (1500, "g")
    with pytest.raises(ValueError):
        to_base(Fraction(1), "pinch")


def test_format_amount():
    assert format_amount(Fraction(1250), "g") == "1.25 kg"
    assert format_amount(Fraction(7, 2), "pc") == "4 pc"
    assert format_amount(Fraction(2501, 10), "ml") == "251 ml"
