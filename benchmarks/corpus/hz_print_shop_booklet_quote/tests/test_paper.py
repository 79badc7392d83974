from decimal import Decimal

import pytest

from printshop.paper import sheets_per_copy, volume_discount


def test_sheets_per_copy():
    assert sheets_per_copy(8, 4) == 1
    assert sheets_per_copy(12, 4) == 2
    assert sheets_per_copy(1, 1) == 1
    assert sheets_per_copy(3, 1) == 2


def test_no_pages():
    with pytest.raises(ValueError):
        sheets_per_copy(0, 4)


def test_volume_discount():
    assert volume_discount(100) == 1
    assert volume_discount(250) == Decimal("0.90")
    assert volume_discount(5000) == Decimal("0.80")
