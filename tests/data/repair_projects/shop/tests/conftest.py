import pytest

from pkg.inventory import Item, Stock


@pytest.fixture
def stock():
    return Stock()


@pytest.fixture
def pen():
    return Item("pen", 2)


@pytest.fixture
def warehouse():
    return Stock(capacity=10)
