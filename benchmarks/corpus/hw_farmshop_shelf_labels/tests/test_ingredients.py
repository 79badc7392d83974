import pytest

from farmshop.ingredients import Recipe, canonical, parse_recipe


def test_canonical():
    assert canonical("  Wheat-Flour ") == "wheat flour"
    assert canonical("Double  Cream") == "double cream"


def test_parse_recipe_keeps_the_spelling():
    assert parse_recipe("Sourdough: Wheat Flour, water,salt") == Recipe("Sourdough", ("Wheat Flour", "water", "salt"))


def test_recipe_without_ingredients():
    with pytest.raises(ValueError):
        parse_recipe("Mystery loaf:")
