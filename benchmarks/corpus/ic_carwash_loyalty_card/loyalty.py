from __future__ import annotations

from datetime import date
from typing import Optional

from washes import price_of

STAMPS_FOR_FREE_WASH = 8


class LoyaltyCard:
    def __init__(self, owner: str) -> None:
        self.owner = owner
        self.stamps = 0
        self.free_washes = 0
        self.spent = 0
        self.last_stamped: Optional[date] = None

    def record_wash(self, day: date, program: str) -> int:
        """Record a paid wash and return its price. The card gets at most one stamp
        per calendar day, however many washes are bought that day; every
        STAMPS_FOR_FREE_WASH stamps are traded for a free wash."""
        price = price_of(program)
        self.spent += price
        if self.last_stamped == day:
            return price
        self.stamps += 1
        if self.stamps == STAMPS_FOR_FREE_WASH:
            self.stamps = 0
            self.free_washes += 1
        return price

    def redeem(self) -> None:
        if self.free_washes == 0:
            raise ValueError("no free wash on this card")
        self.free_washes -= 1
