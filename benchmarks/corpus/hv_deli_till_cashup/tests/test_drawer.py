from decimal import Decimal

import pytest

from deli.drawer import count_drawer, expected_cash


def test_count_drawer():
    assert count_drawer({"20": 3, "5": 4, "1": 7, "20p": 6, "1p": 3}) == Decimal("88.23")


def test_unknown_denomination():
    with pytest.raises(ValueError):
        count_drawer({"3": 1})


def test_expected_cash():
    assert expected_cash(Decimal("100.00"), [Decimal("4.50"), Decimal("12.20")], [Decimal("3.10")]) == Decimal("113.60")
