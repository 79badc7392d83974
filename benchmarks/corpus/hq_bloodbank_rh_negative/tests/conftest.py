from datetime import date

import pytest

from bloodbank.stock import Stock
from bloodbank.units import parse_units

FRIDGE = """\
# code, type, expires
RC-1001, O-, 2024-03-20
RC-1002, O+, 2024-03-12
RC-1003, A+, 2024-03-15
RC-1004, A-, 2024-03-30
RC-1005, B+, 2024-03-09
RC-1006, AB+, 2024-03-25
RC-1007, O-, 2024-03-11
RC-1008, A+, 2024-03-02
"""


@pytest.fixture
def stock():
    return Stock(parse_units(FRIDGE))


@pytest.fixture
def today():
    return date(2024, 3, 10)
