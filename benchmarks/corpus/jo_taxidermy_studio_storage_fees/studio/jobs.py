"""A commission on the studio's books: one specimen, mounted for one customer."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

DEPOSIT_SHARE = 0.5  # half the price up front before the specimen goes in the freezer


@dataclass
class Commission:
    ref: str
    customer: str
    specimen: str
    price: int  # pounds
    booked: date
    deposit: int = 0
    finished: date | None = None
    collected: date | None = None

    @property
    def balance(self) -> int:
        return self.price - self.deposit
