"""The parts we keep on the shelf, by code, with their retail prices."""

from __future__ import annotations

from decimal import Decimal

CATALOGUE = {
    "BLD-18": ("18in blade", Decimal("24.50")),
    "BLD-21": ("21in blade", Decimal("27.90")),
    "PLG-RC": ("spark plug", Decimal("4.35")),
    "FLT-AIR": ("air filter", Decimal("7.80")),
    "OIL-600": ("engine oil 600ml", Decimal("6.25")),
    "CBL-THR": ("throttle cable", Decimal("12.99")),
    "BLT-DRV": ("drive belt", Decimal("18.40")),
}


def price_of(code: str) -> Decimal:
    try:
        return CATALOGUE[code.strip().upper()][1]
    except KeyError:
        raise KeyError(f"no part {code!r} in the catalogue") from None


def parse_parts(text: str) -> list[tuple[str, int]]:
    """`PLG-RC, 2x OIL-600` -> [("PLG-RC", 1), ("OIL-600", 2)]"""
    parts = []
    for item in filter(None, (p.strip() for p in text.split(","))):
        count, _, code = item.partition("x ")
        if not code:
            count, code = "1", item
        if not count.isdigit() or int(count) < 1:
            raise ValueError(f"bad part {item!r}")
        parts.append((code.strip().upper(), int(count)))
    return parts
