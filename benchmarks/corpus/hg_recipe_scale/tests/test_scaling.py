import pytest

from recipes.models import Ingredient, Recipe
from recipes.scaling import scale_recipe, shopping_list

PANCAKES = Recipe(
    "Pancakes",
    servings=4,
    ingredients=[
        Ingredient("flour", 250, "g"),
        Ingredient("milk", 500, "ml"),
        Ingredient("eggs", 2),
        Ingredient("butter", 30, "g"),
    ],
)


def test_double():
    bigger = scale_recipe(PANCAKES, 8)
    assert bigger.servings == 8
    assert bigger.ingredient("flour").quantity == 500
    assert bigger.ingredient("milk") == Ingredient("milk", 1, "l")
    assert bigger.ingredient("eggs").quantity == 4


def test_half():
    smaller = scale_recipe(PANCAKES, 2)
    assert smaller.ingredient("flour").quantity == 125
    assert smaller.ingredient("eggs").quantity == 1


def test_same_servings_changes_nothing():
    assert scale_recipe(PANCAKES, 4) == PANCAKES


def test_no_servings():
    with pytest.raises(ValueError):
        scale_recipe(PANCAKES, 0)


def test_shopping_list():
    crepes = Recipe("Crepes", 2, [Ingredient("flour", 0.125, "kg"), Ingredient("milk", 300, "ml")])
    assert shopping_list([PANCAKES, crepes]) == ["butter: 30 g", "eggs: 2", "flour: 375 g", "milk: 800 ml"]
