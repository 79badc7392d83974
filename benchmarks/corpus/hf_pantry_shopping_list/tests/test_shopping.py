from fractions import Fraction

from pantry.shopping import needed_amounts, shopping_list


def test_one_recipe_as_written(pancakes):
    needed = needed_amounts([(pancakes, 4)])
    assert needed["flour", "g"] == 250
    assert needed["milk", "ml"] == 360


def test_same_ingredient_from_two_recipes_adds_up(pancakes, omelette):
    needed = needed_amounts([(pancakes, 4), (omelette, 1)])
    assert needed["eggs", "pc"] == 5
    assert needed["milk", "ml"] == 375


def test_shopping_list(pancakes, omelette):
    assert shopping_list([(pancakes, 4), (omelette, 1)]) == [
        "cheese: 20 g", "eggs: 5 pc", "flour: 250 g", "milk: 375 ml", "salt: 3 ml", "sugar: 15 ml"]


def test_pantry_is_deducted(pancakes):
    pantry = {"flour": (Fraction(1), "kg"), "milk": (Fraction(1, 4), "l"), "sugar": (Fraction(2), "pc")}
    assert shopping_list([(pancakes, 4)], pantry) == ["eggs: 2 pc", "milk: 110 ml", "salt: 3 ml", "sugar: 15 ml"]


def test_recipe_is_scaled_to_the_servings_planned(pancakes, omelette):
    needed = needed_amounts([(pancakes, 2), (omelette, 2)])
    assert needed["flour", "g"] == 125
    assert needed["eggs", "pc"] == 7
