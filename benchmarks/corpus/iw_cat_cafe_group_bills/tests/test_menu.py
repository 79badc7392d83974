import pytest

from catcafe.menu import cover_charge, price


def test_price_lookup():
    assert price("Latte ") == 3.40


def test_not_on_the_menu():
    with pytest.raises(KeyError):
        price("espresso martini")


@pytest.mark.parametrize("minutes, expected", [(0, 6.0), (10, 6.0), (30, 6.0), (31, 12.0), (90, 18.0)])
def test_weekday_cover(minutes, expected):
    assert cover_charge(minutes) == expected


def test_weekend_cover():
    assert cover_charge(45, weekend=True) == 15.0
