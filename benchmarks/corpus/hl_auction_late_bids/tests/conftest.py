from datetime import datetime
from decimal import Decimal

import pytest

from auction.lots import Lot, parse_bid


@pytest.fixture
def lots():
    closing = datetime(2024, 6, 1, 19, 0)
    return [
        Lot("lot-1", "Oak writing desk", Decimal("120"), closing),
        Lot("lot-2", "Brass carriage clock", Decimal("80"), closing),
        Lot("lot-3", "Box of vinyl records", Decimal("40"), closing),
    ]


@pytest.fixture
def bids():
    return [parse_bid(line) for line in """\
2024-06-01T17:02:11 lot-1 ann 100.00
2024-06-01T17:40:00 lot-1 bob 125.00
2024-06-01T18:58:45 lot-1 cem 150.00
2024-06-01T18:59:59 lot-2 ann 90.00
2024-06-01T19:00:04 lot-2 dov 95.00
2024-06-01T18:10:00 lot-3 bob 30.00
""".splitlines()]
