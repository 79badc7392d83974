import pytest

from inkwell.commission import Commission
from inkwell.scripts import SCRIPTS

PATEL = "Mr & Mrs A Patel, 14 Orchard Way, Ludlow, SY8 1AB"  # 36 characters written
NG = "Ms J Ng\nFlat 2\nBath\nBA1 1AA"  # 20 characters written


@pytest.fixture
def patel():
    return PATEL


@pytest.fixture
def ng():
    return NG


@pytest.fixture
def copperplate():
    return SCRIPTS["copperplate"]


@pytest.fixture
def italic():
    return SCRIPTS["italic"]


@pytest.fixture
def wedding(copperplate):
    """Twenty envelopes for the Hughes-Patel wedding, all to the same sort of address."""
    commission = Commission("Hughes-Patel", copperplate)
    for _ in range(20):
        commission.add(PATEL)
    return commission
