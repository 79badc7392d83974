from datetime import date

import pytest

from harvest import parse_sheet
from still import Still

MONDAY_SHEET = """
# top field, Monday
2024-07-15  maillette  420  14.5
2024-07-15  maillette  300  12
2024-07-15  grosso     380  21
"""


@pytest.fixture
def monday():
    return date(2024, 7, 15)


@pytest.fixture
def still():
    still = Still(charge_kg=250)
    still.bring_in(parse_sheet(MONDAY_SHEET))
    return still
