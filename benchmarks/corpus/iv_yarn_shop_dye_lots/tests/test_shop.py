import pytest

from yarn.shop import OutOfStock, Stockroom
from yarn.stock import Lot


def stockroom():
    return Stockroom(
        [
            Lot("heather", "A1187", 12, 100, 4.50),
            Lot("heather", "A1203", 4, 100, 4.50),
            Lot("teal", "T0042", 10, 200, 6.00),
            Lot("mustard", "M0310", 3, 150, 5.25),
        ]
    )


def test_smallest_lot_that_is_enough():
    assert stockroom().choose_lot("Heather", 350).dye_lot == "A1203"


def test_big_pattern_goes_to_the_big_lot():
    assert stockroom().choose_lot("heather", 900).dye_lot == "A1187"


def test_sale_takes_balls_off_the_lot():
    shop = stockroom()
    sale = shop.sell("teal", 1000)
    assert (sale.dye_lot, sale.balls, sale.price) == ("T0042", 5, 30.0)
    assert shop.balls_in_stock("teal") == 5


def test_no_mixing_dye_lots():
    shop = stockroom()
    with pytest.raises(OutOfStock):
        shop.sell("heather", 1500)
    assert shop.balls_in_stock("heather") == 16


def test_takings():
    shop = stockroom()
    shop.sell("heather", 350)
    shop.sell("mustard", 300)
    assert shop.takings() == 28.50


def test_best_sellers():
    shop = stockroom()
    shop.sell("teal", 1000)
    shop.sell("heather", 350)
    shop.sell("heather", 180)
    assert shop.best_sellers(2) == [("heather", 6), ("teal", 5)]


def test_nothing_sold_yet():
    assert stockroom().takings() == 0
    assert stockroom().best_sellers() == []
