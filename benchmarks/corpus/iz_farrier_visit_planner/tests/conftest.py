from datetime import date

import pytest

from farrier.horses import parse_horse
from farrier.visits import Diary

BOOK = """
Bramble | Hill Farm | shod | 2024-04-22
Pepper | Hill Farm | barefoot | 2024-04-08
Dancer | Hill Farm | shod | 2024-05-20
Monty | Willow Stables | shod | 2024-04-29
Old Tom | Willow Stables | retired | 2024-04-15
Biscuit | Willow Stables | barefoot |
"""


@pytest.fixture
def horses():
    return [parse_horse(line) for line in BOOK.strip().splitlines()]


@pytest.fixture
def diary(horses):
    return Diary(horses)


@pytest.fixture
def monday():
    return date(2024, 6, 3)
