import pytest

from laundry.machines import make_floor
from laundry.shop import Laundromat


@pytest.fixture
def shop():
    return Laundromat(make_floor(washers=3, dryers=2))
