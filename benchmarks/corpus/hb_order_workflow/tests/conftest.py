import pytest

from orders import Order


@pytest.fixture
def order():
    return Order("SO-1001")
