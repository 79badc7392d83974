from datetime import date

import pytest

from foodbank.stock import Item, Stock


def test_donations_of_the_same_item_add_up():
    stock = Stock([Item("rice", "pasta", 3)])
    stock.donate(Item("rice", "pasta", 4))
    stock.donate(Item("penne", "pasta", 2, best_before=date(2025, 1, 1)))
    assert stock.count("pasta") == 9
    assert len(stock.items) == 2


def test_out_of_date_items_are_not_available():
    stock = Stock([Item("soup", "tins", 2, best_before=date(2024, 1, 31)),
                   Item("beans", "tins", 2, best_before=date(2024, 2, 1))])
    assert [item.name for item in stock.available("tins", date(2024, 2, 1))] == ["beans"]


def test_cannot_take_more_than_there_is():
    stock = Stock([Item("soup", "tins", 2)])
    with pytest.raises(ValueError):
        stock.take(stock.items[0], 3)
