import pytest

from shop.cart import Cart


@pytest.fixture
def cart():
    return Cart("ann")


@pytest.fixture
def broken_cart():
    return Cart(owner_missing=True)
