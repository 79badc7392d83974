"""Quotes for re-thatching a plain pitched roof: two equal slopes either side of the
ridge, stripped back to the battens and laid new, ridge included."""

from __future__ import annotations

import math
from dataclasses import dataclass

from thatch.materials import material, ridge_price

SQM_PER_THATCHER_DAY = 5
DAY_RATE = 26000  # pence, one thatcher
SCAFFOLD_WEEKLY = 18000  # pence
WORKING_DAYS_PER_WEEK = 5
VAT_RATE = 0.20


@dataclass(frozen=True)
class Roof:
    length: float  # metres along the ridge
    slope: float  # metres from the eaves up to the ridge
    ridge: str = "block"


@dataclass(frozen=True)
class Quote:
    bundles: int
    materials: int  # pence, like everything below
    days: int  # working days for the gang
    labour: int
    ridge: int
    scaffold: int
    vat: int
    total: int


def quote(roof: Roof, material_name: str, thatchers: int = 2) -> Quote:
    if thatchers < 1:
        raise ValueError("someone has to do the thatching")
    per_sqm, bundle_price = material(material_name)
    area = roof.length * roof.slope
    bundles = int(area * per_sqm)
    materials = bundles * bundle_price
    days = math.ceil(area / (SQM_PER_THATCHER_DAY * thatchers))
    labour = days * thatchers * DAY_RATE
    ridge = round(roof.length * ridge_price(roof.ridge))
    scaffold = math.ceil(days / WORKING_DAYS_PER_WEEK) * SCAFFOLD_WEEKLY
    subtotal = materials + labour + ridge + scaffold
    vat = round(subtotal * VAT_RATE)
    return Quote(bundles, materials, days, labour, ridge, scaffold, vat, subtotal + vat)


def in_pounds(pence: int) -> str:
    return f"£{pence // 100:,}.{pence % 100:02d}"
