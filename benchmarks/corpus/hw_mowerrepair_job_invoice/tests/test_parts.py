from decimal import Decimal

import pytest

from workshop.parts import parse_parts, price_of


def test_parse_parts():
    assert parse_parts("PLG-RC, 2x oil-600") == [("PLG-RC", 1), ("OIL-600", 2)]
    assert parse_parts("") == []


def test_bad_count():
    with pytest.raises(ValueError):
        parse_parts("0x PLG-RC")


def test_price_lookup_ignores_case():
    assert price_of(" bld-18") == Decimal("24.50")
