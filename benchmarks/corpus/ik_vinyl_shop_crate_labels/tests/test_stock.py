import pytest

from recordshop.stock import Record, price, sort_name


def test_sort_name_drops_the():
    assert sort_name("The Beatles") == "BEATLES"
    assert sort_name("Theatre of Hate") == "THEATRE OF HATE"


def test_price_by_grade():
    assert price(Record("Kate Bush", "Hounds of Love", "NM", 30.0)) == 27.0
    assert price(Record("Kate Bush", "Hounds of Love", "VG", 30.0)) == 12.0


def test_price_rounds_down_to_fifty_pence():
    assert price(Record("Blondie", "Parallel Lines", "VG+", 18.0)) == 10.5


def test_price_floor():
    assert price(Record("Bucks Fizz", "Bucks Fizz", "P", 8.0)) == 1.0


def test_unknown_grade():
    with pytest.raises(ValueError):
        price(Record("Blondie", "Parallel Lines", "EX", 18.0))
