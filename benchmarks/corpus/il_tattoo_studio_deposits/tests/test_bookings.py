from datetime import datetime

import pytest

from studio.bookings import book


def test_deposit_is_a_quarter_of_the_price(sleeve):
    assert sleeve.price == 450.0
    assert sleeve.deposit == 112.5


def test_small_pieces_pay_the_minimum_deposit(flash):
    assert flash.deposit == 50.0


def test_unknown_artist():
    with pytest.raises(KeyError):
        book("Sam Reed", "Alex", datetime(2024, 9, 6, 13, 0), 2)
