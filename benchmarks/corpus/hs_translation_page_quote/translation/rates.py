"""The agency's price list: per page of PAGE_WORDS source words, by language pair."""

from __future__ import annotations

from decimal import Decimal

PAGE_WORDS = 250
MINIMUM = Decimal("35.00")  # no job is quoted for less (before the certification fee)
RUSH = Decimal("1.5")  # delivery within 24 hours
CERTIFIED_FEE = Decimal("20.00")

PAGE_RATES = {
    ("en", "de"): Decimal("18.00"),
    ("de", "en"): Decimal("17.00"),
    ("en", "fr"): Decimal("16.50"),
    ("fr", "en"): Decimal("16.50"),
    ("en", "ja"): Decimal("31.00"),
    ("sv", "en"): Decimal("21.40"),
}


def page_rate(source: str, target: str) -> Decimal:
    try:
        return PAGE_RATES[source.lower(), target.lower()]
    except KeyError:
        raise ValueError(f"we do not translate {source} into {target}") from None
