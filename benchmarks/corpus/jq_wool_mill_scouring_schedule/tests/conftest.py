from datetime import date

import pytest

from woolmill.lots import Lot
from woolmill.mill import Mill


@pytest.fixture
def mill():
    return Mill(400, shutdowns=(date(2024, 7, 17),))  # closed for the county show


@pytest.fixture
def monday():
    return date(2024, 7, 8)


@pytest.fixture
def lots():
    return [
        Lot("L101", "Hill Top", "Swaledale", 250.0),
        Lot("L102", "Beckstones", "Herdwick", 300.0),
        Lot("L103", "Far Fell", "Texel", 120.5),
    ]
