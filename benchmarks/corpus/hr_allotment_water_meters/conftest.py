import pytest

from allotment.meters import parse_readings

SPRING = """\
# plot  date        m3
4a  2024-04-01  100.250
4a  2024-05-01  104.730
4a  2024-06-01  112.004
7   2024-04-01   35.100
7   2024-05-01   35.900
7   2024-06-01   38.600
12  2024-04-01  980.120
12  2024-05-01    0.450
12  2024-06-01    2.700
"""


@pytest.fixture
def spring():
    return parse_readings(SPRING)
