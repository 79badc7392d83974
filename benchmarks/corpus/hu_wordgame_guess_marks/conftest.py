import pytest

from wordgame.game import Game

WORDS = ["crane", "abide", "speed", "eerie", "lemon", "melon", "geese", "llama", "hello"]


@pytest.fixture
def game():
    return Game("lemon", WORDS)
