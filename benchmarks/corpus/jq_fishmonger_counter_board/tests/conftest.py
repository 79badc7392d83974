from datetime import date

import pytest

from fishcounter.stock import Box


@pytest.fixture
def today():
    return date(2024, 11, 14)


@pytest.fixture
def slab():
    return [
        Box("cod", 6.0, 8400, date(2024, 11, 14)),  # £14.00 a kilo at cost
        Box("mackerel", 4.0, 2000, date(2024, 11, 13)),  # last day today
        Box("plaice", 3.0, 3300, date(2024, 11, 10)),  # past its days
    ]
