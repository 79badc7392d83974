import pytest

from shop.cart import Cart, tags


def test_add_counts(cart):
    assert cart.add(3) == 1
    assert cart.add(4) == 2


def test_total(cart):
    cart.add(10)
    assert cart.total() == 10
    assert cart.total("gold") == 8


def test_empty_cart_raises(cart):
    with pytest.raises(ValueError):
        cart.total()


def test_tags(cart):
    assert tags(cart) == {"ann", "cart"}


def test_setup_fails(broken_cart):
    assert broken_cart


def test_wrong_total(cart):
    cart.add(10)
    assert cart.total("gold") == 9


def test_under(cart):
    cart.add(10)
    cart.add(3)
    assert cart.under(5) == [3]
