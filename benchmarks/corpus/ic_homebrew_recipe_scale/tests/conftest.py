import pytest

from brewing.recipe import Ingredient, Recipe


@pytest.fixture
def pale_ale():
    return Recipe(
        "Pale Ale",
        batch_litres=20,
        boil_litres=26,
        boil_minutes=60,
        ingredients=(
            Ingredient("pale malt", 4.5, "kg"),
            Ingredient("crystal malt", 0.3, "kg"),
            Ingredient("cascade", 40, "g"),
            Ingredient("US-05", 1, "pkt"),
            Ingredient("whirlfloc", 1, "tab"),
        ),
    )
