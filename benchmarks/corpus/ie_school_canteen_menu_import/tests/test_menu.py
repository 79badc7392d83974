import pytest

from menu import Dish, parse_menu, parse_price

MENU = """\
# Week 3, spring term
Fish fingers; 2.35; fish, gluten
Veggie lasagne; £2.50; milk, gluten

Jacket potato; 190p
Fruit pot; 0.80;
"""


def test_prices():
    assert parse_price("2.35") == 235
    assert parse_price("£2.35") == 235
    assert parse_price("235p") == 235


def test_negative_price():
    with pytest.raises(ValueError):
        parse_price("-1.00")


def test_reads_menu():
    menu = parse_menu(MENU)
    assert menu.dishes["fish fingers"] == Dish("Fish fingers", 235, frozenset({"fish", "gluten"}))
    assert menu.dishes["jacket potato"].allergens == frozenset()
    assert len(menu.dishes) == 4
    assert menu.rejected == []


def test_bad_price_is_rejected():
    menu = parse_menu("Soup; two pounds; celery\nRoll; 0.40; gluten\n")
    assert menu.rejected == [1]
    assert list(menu.dishes) == ["roll"]


def test_line_without_price_is_rejected():
    menu = parse_menu("Apple crumble\nCustard; 0.50; milk\n")
    assert menu.rejected == [1]
    assert list(menu.dishes) == ["custard"]
