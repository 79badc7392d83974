"""Loyalty cards: every tenth wash is on the house, up to the price of a deluxe."""

from __future__ import annotations

from carwash.programs import PRICES, price_of

FREE_EVERY = 10


class LoyaltyCard:
    def __init__(self, holder: str, washes: int = 0) -> None:
        self.holder = holder
        self.washes = washes
        self.spent = 0.0

    def charge(self, program: str) -> float:
        """Count a wash on the card and return what the holder pays for it."""
        price = price_of(program)
        self.washes += 1
        if self.washes % FREE_EVERY == 0:
            price = max(0.0, price - PRICES["deluxe"])
        self.spent += price
        return price

    def washes_to_free(self) -> int:
        """How many more washes until the next free one (the next wash counts)."""
        return FREE_EVERY - self.washes % FREE_EVERY
