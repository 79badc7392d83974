from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from consign.consignors import Consignor
from consign.items import PENNY, Item

ZERO = Decimal("0.00")


class Statement:
    def __init__(self, consignor: Consignor, items: list[Item], year: int, month: int):
        self.consignor = consignor
        self.items = items
        self.year = year
        self.month = month

    def sold_items(self) -> list[Item]:
        """The consignor's items sold in the statement's month, in the order they sold."""
        sold = [
            item
            for item in self.items
            if item.consignor_id == self.consignor.id
            and item.sold_on is not None
            and (item.sold_on.year, item.sold_on.month) == (self.year, self.month)
        ]
        return sorted(sold, key=lambda item: (item.sold_on, item.sku))

    def payout(self) -> Decimal:
        """What the shop owes the consignor for the month: their share of what each
        item sold for, each rounded to the penny, less the rail fee. Nothing sold,
        nothing owed and no fee; never less than nothing."""
        sold = self.sold_items()
        if not sold:
            return ZERO
        total = ZERO
        for item in sold:
            share = item.asking_price * self.consignor.share
            total += share.quantize(PENNY, rounding=ROUND_HALF_UP)
        return max(total - self.consignor.rail_fee, ZERO)

    def lines(self) -> list[str]:
        return [f"{item.sold_on:%d %b}  {item.sku}  {item.description}  £{item.sold_price}" for item in self.sold_items()]
