from decimal import Decimal

from florist.stock import price_of


def test_price_any_case():
    assert price_of(" Rose ") == Decimal("2.80")
