"""Multi-buy offers: "3 for £1.20" on loose items, for a run of days."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from greengrocer.produce import money


@dataclass(frozen=True)
class Offer:
    code: str
    quantity: int
    price: float
    starts: date
    ends: date  # the last day of the offer

    def runs_on(self, day: date) -> bool:
        return self.starts <= day <= self.ends

    def unit_price(self) -> float:
        return self.price / self.quantity


def offer_text(offer: Offer) -> str:
    return f"{offer.quantity} for {money(offer.price)}"
