import pytest

from fuellog.records import parse_log

LOG = """\
# date, odometer, litres
2024-03-02, 41200, 38.5
2024-03-09, 41810, 40.2
2024-03-14, 42105, 12.0, partial
2024-03-20, 42400, 29.7
2024-03-28, 42950, 35.2
"""


@pytest.fixture
def fills():
    return parse_log(LOG)
