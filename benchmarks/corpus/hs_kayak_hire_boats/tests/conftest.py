import pytest

from boathouse.fleet import read_fleet

FLEET = """\
K1 1
K2 2
K3 2
K4 3
K7 1 sit-in
K8 4 sit-in
"""


@pytest.fixture
def boats():
    return read_fleet(FLEET)
