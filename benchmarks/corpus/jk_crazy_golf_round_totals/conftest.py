import pytest

from minigolf.course import Course
from minigolf.scorecard import Scorecard

PIER_PARS = [2, 3, 2, 3, 4, 2, 3, 3, 2, 3, 2, 4, 3, 2, 3, 3, 2, 3]


@pytest.fixture
def pier():
    return Course("Pier Adventure Golf", PIER_PARS)


@pytest.fixture
def card(pier):
    return Scorecard(pier, ["Nan", "Ellie", "Tom"])
