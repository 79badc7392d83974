from decimal import Decimal

import pytest

from orderimport.rows import InvalidRow, parse_discount, parse_price, parse_quantity


def test_prices():
    assert parse_price("12.50") == Decimal("12.50")
    assert parse_price("€ 3,99") == Decimal("3.99")


@pytest.mark.parametrize("text", ["-1.00", "0.999", "NaN"])
def test_prices_out_of_range(text):
    with pytest.raises(InvalidRow):
        parse_price(text)


def test_price_that_is_not_a_number():
    with pytest.raises(InvalidRow, match="not a price"):
        parse_price("twelve")


def test_quantity():
    assert parse_quantity("3") == 3
    with pytest.raises(InvalidRow):
        parse_quantity("0")


def test_discount():
    assert parse_discount("15%") == Decimal("0.15")
    assert parse_discount("") == 0
    with pytest.raises(InvalidRow):
        parse_discount("half")
