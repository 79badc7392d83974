from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal


@dataclass(frozen=True)
class Menu:
    name: str
    price_per_head: Decimal


@dataclass(frozen=True)
class Event:
    client: str
    day: date
    adults: int
    children: int = 0

    @property
    def guests(self) -> int:
        return self.adults + self.children


MENUS = {
    "buffet": Menu("Buffet", Decimal("18.50")),
    "three course": Menu("Three course", Decimal("42.00")),
    "hog roast": Menu("Hog roast", Decimal("24.75")),
}
