import pytest

from cakeshop.order import CakeOrder


def test_small_wedding_one_tier():
    assert CakeOrder(guests=12).tiers() == [6]
    assert CakeOrder(guests=6, top=4).tiers() == [4]


def test_fewest_tiers_that_serve_everyone():
    assert CakeOrder(guests=60).tiers() == [10, 8, 6]
    assert CakeOrder(guests=74).tiers() == [10, 8, 6]
    assert CakeOrder(guests=75).tiers() == [12, 10, 8, 6]


def test_square_cake_starting_smaller():
    assert CakeOrder(guests=40, shape="square", top=8).tiers() == [10, 8]


def test_big_wedding_uses_the_biggest_tin():
    assert CakeOrder(guests=180).tiers() == [14, 12, 10, 8, 6]


def test_too_many_guests_for_one_cake():
    with pytest.raises(ValueError, match="cutting cake"):
        CakeOrder(guests=250).tiers()


def test_price():
    order = CakeOrder(guests=30, flavour="fruit")
    assert order.tiers() == [8, 6]
    assert order.price() == 36 * 3.75 + 15.00
    assert order.describe() == '2-tier round fruit (8" + 6"), serves 36: £150.00'
