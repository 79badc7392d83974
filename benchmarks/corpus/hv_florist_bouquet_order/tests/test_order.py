from decimal import Decimal

import pytest

from florist.order import Order


def test_small_bouquet_collected():
    order = Order("Mrs Hale")
    order.add("tulip", 5)
    order.add("eucalyptus", 2)
    assert order.total() == Decimal("11.30")


def test_small_bouquet_delivered():
    order = Order("Mrs Hale", delivery=True)
    order.add("lily", 3)
    assert order.total() == Decimal("20.00")


def test_a_dozen_roses_get_the_discount():
    order = Order("Dev", delivery=False)
    order.add("rose", 12)
    assert order.total() == Decimal("33.74")


def test_large_bouquet_delivered_free():
    order = Order("Office", delivery=True)
    order.add("peony", 10)
    order.add("eucalyptus", 5)
    assert order.total() == Decimal("45.80")


def test_delivery_is_charged_when_the_discount_takes_the_flowers_under_40():
    order = Order("Office", delivery=True)
    order.add("rose", 15)
    assert order.total() == Decimal("47.30")


def test_unknown_stem():
    with pytest.raises(KeyError):
        Order("x").add("orchid")


def test_remove_stems():
    order = Order("Sam")
    order.add("gerbera", 4)
    order.remove("gerbera", 4)
    assert order.lines == {}
    assert order.total() == Decimal("0.00")
