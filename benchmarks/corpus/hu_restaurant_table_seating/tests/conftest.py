import pytest

from hostdesk.floor import parse_floor

FLOOR = """\
T1 2
T2 4
T3 2
T4 6
T5 4 accessible
"""


@pytest.fixture
def tables():
    return parse_floor(FLOOR)
