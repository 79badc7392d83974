"""Shipping quotes for an order's parcels."""

from __future__ import annotations

from decimal import Decimal

from .rates import TABLES
from .zones import DOMESTIC, zone_for

FREE_DOMESTIC_FROM = Decimal("75.00")


def quote(country: str, parcel_grams: list[int], order_total: Decimal = Decimal(0)) -> Decimal:
    """The shipping cost of sending the parcels to `country`; domestic orders of at
    least FREE_DOMESTIC_FROM ship free."""
    zone = zone_for(country)
    if zone == DOMESTIC and order_total >= FREE_DOMESTIC_FROM:
        return Decimal("0.00")
    table = TABLES[zone]
    return sum((table.price_for(grams) for grams in parcel_grams), Decimal("0.00"))
