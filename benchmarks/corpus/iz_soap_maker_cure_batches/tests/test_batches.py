from datetime import date

import pytest

from soapworks.batches import Batch, parse_book


def test_parse_book(book):
    assert [batch.code for batch in book] == ["L01", "O02", "C03", "L04", "P05"]
    assert book[0].sold == 10 and book[0].bars_left == 14
    assert book[1].sold == 0
    assert book[3].failed_zap and not book[0].failed_zap


def test_cure_times():
    poured = date(2024, 1, 1)
    assert Batch("A", "Plain", "cold", poured, 10).cured_on() == date(2024, 1, 29)
    assert Batch("B", "Plain", "hot", poured, 10).cured_on() == date(2024, 1, 8)


def test_unknown_method():
    with pytest.raises(ValueError):
        parse_book("X1; Plain; melt-and-pour; 2024-01-01; 12")


def test_short_line():
    with pytest.raises(ValueError):
        parse_book("X1; Plain; cold; 2024-01-01")
