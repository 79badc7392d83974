import pytest

from cart.cart import Cart
from cart.pricing import bulk_discount, parse_coupon

CATALOG = {"tea": 4.0, "mug": 8.5, "honey": 6.25}


def test_bulk_discount_tiers():
    assert bulk_discount(9) == 0.0
    assert bulk_discount(10) == 0.05
    assert bulk_discount(75) == 0.15


def test_add_and_remove():
    cart = Cart(CATALOG)
    cart.add("tea", 2)
    cart.add("tea")
    cart.add("mug")
    cart.remove("mug")
    assert cart.items == {"tea": 3}


def test_add_unknown_item():
    with pytest.raises(KeyError):
        Cart(CATALOG).add("cake")


def test_subtotal_with_bulk_price():
    cart = Cart(CATALOG)
    cart.add("tea", 10)
    cart.add("honey", 2)
    assert cart.subtotal() == 50.5


def test_total_with_default_tax():
    cart = Cart(CATALOG)
    cart.add("mug", 2)
    assert cart.total() == 20.4


def test_total_with_local_tax_and_coupon():
    cart = Cart(CATALOG, tax_percent=8)
    cart.add("mug", 2)
    cart.add("honey")
    cart.apply_coupon("less5")
    assert cart.total() == 19.71


def test_parse_coupon():
    assert parse_coupon("SAVE15") == ("percent", 15.0)
    with pytest.raises(ValueError):
        parse_coupon("FREE")
