import pytest

from isbnkit.stock import Stock


def test_receive_and_sell():
    stock = Stock()
    stock.receive("978-0-306-40615-7", "Experiments in Physics", copies=2)
    stock.receive("9781566199094", "Moby Dick")
    stock.sell("9781566199094")
    assert stock.in_stock() == ["Experiments in Physics"]
    with pytest.raises(LookupError):
        stock.sell("9781566199094")
