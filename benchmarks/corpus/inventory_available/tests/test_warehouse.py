import pytest

from inventory import Item, OutOfStock, UnknownItem, Warehouse


def test_receive_adds_stock(warehouse):
    warehouse.receive("KET", 2)
    assert warehouse.stock["KET"] == 5


def test_unknown_sku(warehouse):
    with pytest.raises(UnknownItem):
        warehouse.receive("CUP", 1)


def test_fulfil_reserves_every_line(warehouse):
    warehouse.fulfil({"MUG": 4, "KET": 1})
    assert warehouse.available("MUG") == 36
    assert warehouse.available("KET") == 2


def test_fulfil_all_or_nothing(warehouse):
    with pytest.raises(OutOfStock) as raised:
        warehouse.fulfil({"MUG": 4, "KET": 5})
    assert raised.value.missing == {"KET": 2}
    assert warehouse.available("MUG") == 40


def test_second_order_sees_first_reservation(warehouse):
    warehouse.fulfil({"KET": 2})
    with pytest.raises(OutOfStock):
        warehouse.fulfil({"KET": 2})


def test_ship_and_cancel(warehouse):
    warehouse.fulfil({"MUG": 10})
    warehouse.ship("MUG", 6)
    warehouse.cancel({"MUG": 4})
    assert warehouse.stock["MUG"] == 34
    assert warehouse.available("MUG") == 34


def test_low_stock_includes_sold_out_items(warehouse):
    assert warehouse.low_stock() == ["KET", "POT"]


def test_reorder_list(warehouse):
    warehouse.fulfil({"MUG": 31})
    assert warehouse.reorder_list() == {"KET": 3, "MUG": 11, "POT": 6}


def test_stock_value(warehouse):
    assert warehouse.stock_value() == 212.0


def test_transfer():
    north, south = Warehouse("north"), Warehouse("south")
    for w in (north, south):
        w.register(Item("MUG", "Mug", 3.5))
    north.receive("MUG", 8)
    north.transfer("MUG", 5, south)
    assert (north.stock["MUG"], south.stock["MUG"]) == (3, 5)
