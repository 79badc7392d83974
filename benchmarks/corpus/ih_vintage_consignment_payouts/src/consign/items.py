from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

PENNY = Decimal("0.01")
# Unsold stock is marked down the longer it hangs on the rail.
MARKDOWNS = [(60, Decimal("0.60")), (30, Decimal("0.80"))]  # (days on the rail, fraction of the asking price)


@dataclass
class Item:
    sku: str
    consignor_id: str
    description: str
    asking_price: Decimal
    received: date
    sold_price: Decimal | None = None
    sold_on: date | None = None

    @property
    def sold(self) -> bool:
        return self.sold_on is not None

    def price_on(self, day: date) -> Decimal:
        """The ticket price on `day`, after any markdown."""
        days = (day - self.received).days
        for after, fraction in MARKDOWNS:
            if days >= after:
                return (self.asking_price * fraction).quantize(PENNY, rounding=ROUND_HALF_UP)
        return self.asking_price

    def sell(self, day: date, price: Decimal | None = None) -> None:
        """Sell at the ticket price of the day, or at a price agreed at the till."""
        if self.sold:
            raise ValueError(f"{self.sku} was already sold on {self.sold_on}")
        self.sold_price = self.price_on(day) if price is None else price
        self.sold_on = day
