import pytest

from rides.routes import read_routes

ROUTES = """\
# name             level  ground  closed months
Sheepwash Lane     2      chalk   3 4 5
Beacon Loop        1      chalk
Millbrook Ride     3      clay
Gallops Track      4      sand
Lambing Fields     2      sand    2 3 4 5
Withy Bottom       1      clay
"""


@pytest.fixture
def routes():
    return read_routes(ROUTES)
