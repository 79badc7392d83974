"""Bottles as written on the cellar book's lines: name; vintage; drink from-until; price."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class Bottle:
    name: str
    vintage: int
    drink_from: int
    drink_until: int
    price: Decimal


def parse_bottle(line: str) -> Bottle:
    name, vintage, window, price = (part.strip() for part in line.split(";"))
    start, _, end = window.partition("-")
    bottle = Bottle(name, int(vintage), int(start), int(end), Decimal(price))
    if not bottle.vintage <= bottle.drink_from <= bottle.drink_until:
        raise ValueError(f"drinking window does not fit the vintage: {line!r}")
    return bottle
