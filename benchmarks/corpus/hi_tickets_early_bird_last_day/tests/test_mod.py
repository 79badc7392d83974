from datetime import date

import pytest

from mod import Event, order_total, unit_price

FESTIVAL = Event("Riverside Folk", day=date(2024, 7, 20), price=4500,
                 sales_open=date(2024, 3, 1), early_bird_until=date(2024, 4, 30))


def test_early_bird():
    assert unit_price(FESTIVAL, date(2024, 3, 15)) == 3600


def test_early_bird_ends_after_its_last_day():
    assert unit_price(FESTIVAL, date(2024, 4, 30)) == 3600
    assert unit_price(FESTIVAL, date(2024, 5, 1)) == 4500


def test_at_the_door():
    assert unit_price(FESTIVAL, date(2024, 7, 20)) == 5000


def test_not_on_sale():
    with pytest.raises(ValueError):
        unit_price(FESTIVAL, date(2024, 2, 29))
    with pytest.raises(ValueError):
        unit_price(FESTIVAL, date(2024, 7, 21))


def test_group_discount():
    assert order_total(FESTIVAL, date(2024, 6, 1), 10) == 40500
