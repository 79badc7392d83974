import pytest

from riding.stable import Horse


@pytest.fixture
def yard():
    """The Saturday morning string, in the order the yard manager lists them."""
    return [
        Horse("Pepper", 280, 55, ("beginner", "novice")),
        Horse("Biscuit", 390, 70, ("beginner", "novice", "intermediate")),
        Horse("Duke", 610, 95, ("novice", "intermediate", "advanced")),
        Horse("Storm", 540, 85, ("intermediate", "advanced")),
    ]
