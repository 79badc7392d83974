import pytest

from tidewalk.table import parse_table

# Holy Island causeway, 14 March
MARCH_14 = """\
05:00 1.10
06:00 0.70
07:00 0.35
08:00 0.20   # low water 08:10
09:00 0.15
10:00 0.30
11:00 0.65
12:00 1.20
"""


@pytest.fixture
def morning():
    return parse_table(MARCH_14)
