import pytest

from pantry.recipes import parse_recipe


@pytest.fixture
def pancakes():
    return parse_recipe("""
        Pancakes
        serves 4
        250 g flour
        1 1/2 cup milk
        2 eggs
        1 tbsp sugar
        1/2 tsp salt
    """)


@pytest.fixture
def omelette():
    return parse_recipe("""
        Omelette
        serves 1
        3 eggs
        1 tbsp milk
        20 g cheese
    """)
