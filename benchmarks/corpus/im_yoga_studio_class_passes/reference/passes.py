from __future__ import annotations

from datetime import date, timedelta

ADMIN_FEE = 5.00


class PassExpired(Exception):
    pass


class NoClassesLeft(Exception):
    pass


class ClassPass:
    """A block of classes paid for up front, to use within `valid_days` of buying it."""

    def __init__(self, holder: str, size: int, price: float, bought: date, valid_days: int = 90):
        self.holder = holder
        self.size = size
        self.price = price
        self.bought = bought
        self.expires = bought + timedelta(days=valid_days)
        self.remaining = size

    def is_valid(self, today: date) -> bool:
        return self.bought <= today <= self.expires

    def use(self, today: date) -> int:
        """Take one class off the pass; returns how many are left."""
        if not self.is_valid(today):
            raise PassExpired(f"{self.holder}'s pass ran out on {self.expires}")
        if self.remaining == 0:
            raise NoClassesLeft(self.holder)
        self.remaining -= 1
        return self.remaining

    def refund_value(self, today: date) -> float:
        """What the unused classes are worth if the holder cancels: the price of a class
        on this pass times the classes left, less the admin fee. Nothing once expired."""
        if not self.is_valid(today) or self.remaining == 0:
            return 0.0
        per_class = self.price / self.size
        return round(max(per_class * self.remaining - ADMIN_FEE, 0.0), 2)
