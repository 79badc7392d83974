from decimal import Decimal

import pytest

from incometax.bands import Band, parse_bands


def test_parse_bands(bands):
    assert bands[0] == Band(Decimal("0"), Decimal("37700"), Decimal("20"))
    assert bands[-1] == Band(Decimal("125140"), None, Decimal("45"))


def test_bands_must_join():
    with pytest.raises(ValueError):
        parse_bands("0-37700 20\n38000+ 40")
