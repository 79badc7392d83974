import pytest

from guttering.stock import PriceList


@pytest.fixture
def prices():
    return PriceList()


@pytest.fixture
def terrace_house():
    """Front and back of a mid-terrace: two runs, an outlet each, two storeys of downpipe."""
    runs = [(8000, 1, 0), (6100, 1, 0)]
    drops = [5200, 5200]
    return runs, drops
