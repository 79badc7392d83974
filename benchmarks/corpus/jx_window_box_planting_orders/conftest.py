import pytest

from windowbox.catalogue import read_catalogue
from windowbox.orders import Box

CATALOGUE = """
# spring 2025 plug list
Trailing lobelia, 15, 24, 14.40
Ivy geranium, 25, 12, 16.80
Dwarf lavender, 30, 9, 22.50
Viola, 15, 40, 12.00
"""


@pytest.fixture
def catalogue():
    return read_catalogue(CATALOGUE)


@pytest.fixture
def round_boxes():
    return [
        Box("Bean Counter", 90, 1, "Ivy geranium"),
        Box("Bean Counter", 90, 1, "Trailing lobelia"),
        Box("The Plough", 120, 2, "Trailing lobelia"),
        Box("The Plough", 120, 2, "Ivy geranium"),
        Box("Harbour Office", 60, 1, "Dwarf lavender"),
    ]
