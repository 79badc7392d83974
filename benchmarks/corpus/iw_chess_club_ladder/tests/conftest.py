import pytest

from games import parse_night

CLUB_NIGHT = """
# Tuesday 12 March
Alice - Bob 1-0
Carol - Dan 1/2-1/2
Bob - Carol 0-1
Dan - Alice 1/2-1/2
Erin - Bob 1-0
Carol - Erin 1/2-1/2
Finn - Dan 1-0
Alice - Finn 0-1
"""


@pytest.fixture
def club_night():
    return parse_night(CLUB_NIGHT)
