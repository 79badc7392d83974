from pkg.inventory import Item, Stock, formatter


def test_add_counts(stock, pen):
    assert stock.add(pen) == 1
    assert stock.add(pen, 2) == 3


def test_value_of_one_item(stock, pen):
    stock.add(pen)
    assert stock.value() == 2


def test_value_counts_every_unit(stock, pen):
    stock.add(pen, 3)
    assert stock.value() == 6


def test_exact_format():
    assert formatter(True)(2.5) == "2.50"


def test_short_format():
    assert formatter(False)(2.5) == "2.5"


def test_warehouse_starts_empty(warehouse):
    assert warehouse.value() == 0


def test_rate_is_read():
    from pkg import config

    assert config.RATE == 10
