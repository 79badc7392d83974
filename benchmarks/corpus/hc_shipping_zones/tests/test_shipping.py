from decimal import Decimal

import pytest

from shipping.quote import quote
from shipping.rates import TABLES
from shipping.zones import zone_for


def test_zones():
    assert zone_for("nl") == "domestic"
    assert zone_for("DE ") == "europe"
    assert zone_for("US") == "world"


def test_bad_country():
    with pytest.raises(ValueError):
        zone_for("Germany")


def test_light_parcel():
    assert TABLES["europe"].price_for(320) == Decimal("8.50")


def test_parcel_at_the_limit_uses_that_bracket():
    assert TABLES["domestic"].price_for(500) == Decimal("3.95")
    assert TABLES["world"].price_for(2000) == Decimal("28.00")


def test_heavy_parcel_pays_per_started_kilo():
    assert TABLES["domestic"].price_for(12500) == Decimal("12.95")


def test_quote_sums_parcels():
    assert quote("FR", [400, 1500]) == Decimal("22.50")


def test_free_domestic_shipping():
    assert quote("NL", [3000], order_total=Decimal("80")) == Decimal("0.00")
