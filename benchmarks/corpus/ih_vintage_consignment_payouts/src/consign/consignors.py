from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class Consignor:
    id: str
    name: str
    share: Decimal = Decimal("0.60")  # the consignor's part of each sale
    rail_fee: Decimal = Decimal("5.00")  # charged each month they sell something
