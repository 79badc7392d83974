import pytest

from sharpening.pricing import Blade, blade_price, order_price


def test_plain_kitchen_knife():
    assert blade_price(Blade("kitchen")) == 6.0


def test_serrated_and_chipped_extras():
    assert blade_price(Blade("kitchen", serrated=True)) == 9.0
    assert blade_price(Blade("pocket", chipped=True)) == 9.0
    assert blade_price(Blade("cleaver", serrated=True, chipped=True)) == 17.0


def test_unknown_blade():
    with pytest.raises(ValueError):
        blade_price(Blade("chainsaw"))


def test_trade_discount_needs_ten_blades():
    nine = [Blade("kitchen")] * 9
    assert order_price(nine, trade=True) == 54.0
    assert order_price(nine + [Blade("kitchen")], trade=True) == 48.0
    assert order_price(nine + [Blade("kitchen")]) == 60.0
