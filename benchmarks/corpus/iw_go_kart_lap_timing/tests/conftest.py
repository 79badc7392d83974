import pytest

from karting.board import TimingBoard
from karting.passings import parse_passings

JUNIOR_HEAT = """
# kart, seconds since the lights went green
7,3.10
12,3.85
7,45.02
12,46.40
12,46.90
7,86.51
12,88.95
7,130.33
"""


@pytest.fixture
def board():
    board = TimingBoard()
    board.start_heat("Juniors 1")
    for kart, at in parse_passings(JUNIOR_HEAT):
        board.passing(kart, at)
    return board
