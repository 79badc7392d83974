import pytest

from harvest.logbook import Logbook
from harvest.permits import Permit


@pytest.fixture
def permits():
    return [
        Permit("Porth Ceiriad", {"dulse": 20.0, "sugar kelp": 40.0, "pepper dulse": 2.0}, {"sugar kelp": (3, 5)}),
        Permit("Traeth Penllech", {"dulse": 15.0, "laver": 25.0}, {"laver": (11, 2)}),
    ]


@pytest.fixture
def logbook(permits):
    return Logbook(permits)
