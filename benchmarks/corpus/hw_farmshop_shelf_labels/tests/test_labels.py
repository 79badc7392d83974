from farmshop.ingredients import parse_recipe
from farmshop.labels import allergens, free_from, label, unknown_ingredients

SOURDOUGH = parse_recipe("Sourdough: wheat flour, water, salt")
FLAPJACK = parse_recipe("Flapjack: oats, butter, golden syrup")
MERINGUE = parse_recipe("Meringue: egg, caster sugar")


def test_allergens():
    assert allergens(SOURDOUGH) == {"gluten"}
    assert allergens(FLAPJACK) == {"gluten", "milk"}


def test_label():
    assert label(MERINGUE) == "Meringue\nIngredients: egg, caster sugar\nContains: EGGS"


def test_nothing_to_declare():
    assert label(parse_recipe("Sugar mice: icing sugar, water")).endswith("No major allergens")


def test_ingredients_typed_with_capitals():
    croissant = parse_recipe("Almond croissant: Wheat Flour, Butter, Ground Almonds, egg wash")
    assert allergens(croissant) == {"gluten", "milk", "nuts", "eggs"}


def test_unknown_ingredients():
    assert unknown_ingredients(FLAPJACK) == ["golden syrup"]


def test_free_from():
    assert free_from([SOURDOUGH, FLAPJACK, MERINGUE], "gluten") == ["Meringue"]
