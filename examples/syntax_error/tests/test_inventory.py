from inventory import low_stock, restock


def test_restock_adds_to_the_level():
    assert restock({"tea": 2}, "tea", 5) == {"tea": 7}


def test_restock_new_item():
    assert restock({}, "milk", 3) == {"milk": 3}


def test_low_stock():
    assert low_stock({"tea": 2, "milk": 9, "eggs": 4}) == ["eggs", "tea"]
