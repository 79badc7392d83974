from decimal import Decimal

import pytest

from shop.cart import Cart, CartError


def test_add_and_total(catalog):
    cart = Cart(catalog)
    cart.add("MUG-01", 2)
    cart.add("PIN-07")
    assert cart.item_count() == 3
    assert cart.total() == Decimal("29.25")


def test_not_more_than_in_stock(catalog):
    cart = Cart(catalog)
    cart.add("TEE-M", 2)
    assert not cart.can_add("TEE-M", 2)
    with pytest.raises(CartError):
        cart.add("TEE-M", 2)


def test_order_limit(catalog):
    cart = Cart(catalog)
    cart.add("PIN-07", 15)
    cart.add("MUG-01", 5)
    assert not cart.can_add("PIN-07")


def test_unknown_sku(catalog):
    assert not Cart(catalog).can_add("HAT-99")
