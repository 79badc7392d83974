import pytest

from packing.items import parse_list

WEEKEND = """\
# weekend hike
Passport | documents | optional
Tickets | documents
Boots | clothes | required
Rain jacket | clothes | required
Sunglasses | clothes | optional
Charger | electronics | required
"""


@pytest.fixture
def items():
    return parse_list(WEEKEND)
