from datetime import date

import pytest

from caravanstore.register import read_register

REGISTER = """
# Winter 2024/25, Top Barn compound
KX19 ABC | touring      | 2024-09-20 |
LM67 TTR | motorhome    | 2024-10-01 | 2024-12-31
ya12 uup | Touring      | 2024-10-25 | 2024-11-03
PB05 HHW | trailer tent | 2024-06-01 | 2024-09-15
"""


@pytest.fixture
def stays():
    return read_register(REGISTER)


@pytest.fixture
def season():
    return date(2024, 10, 1), date(2025, 3, 31)
