"""Today's stems and their prices, from the price board in the shop."""

from __future__ import annotations

from decimal import Decimal

PRICES = {
    "rose": Decimal("2.80"),
    "tulip": Decimal("1.20"),
    "lily": Decimal("3.50"),
    "gerbera": Decimal("1.90"),
    "eucalyptus": Decimal("0.90"),
    "peony": Decimal("4.25"),
}


def price_of(stem: str) -> Decimal:
    try:
        return PRICES[stem.strip().lower()]
    except KeyError:
        raise KeyError(f"we do not stock {stem!r}") from None
