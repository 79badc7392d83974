from __future__ import annotations

from dataclasses import dataclass

from .coins import COINS, make_change


class VendingError(Exception):
    pass


class SoldOut(VendingError):
    pass


class NotEnoughCredit(VendingError):
    pass


class ExactChangeOnly(VendingError):
    pass


@dataclass
class Slot:
    name: str
    price: int
    count: int = 0


class VendingMachine:
    def __init__(self, slots: dict[str, Slot], coins: dict[int, int] | None = None) -> None:
        self.slots = slots
        self.coins = {coin: 0 for coin in COINS} | (coins or {})
        self.credit = 0

    def insert(self, coin: int) -> int:
        if coin not in COINS:
            raise ValueError(f"coin not accepted: {coin}")
        self.coins[coin] += 1
        self.credit += coin
        return self.credit

    def buy(self, code: str) -> tuple[str, list[int]]:
        """Vend the item in slot `code`; returns its name and the change paid out."""
        slot = self.slots.get(code)
        if slot is None:
            raise KeyError(code)
        if slot.count == 0:
            raise SoldOut(slot.name)
        if self.credit < slot.price:
            raise NotEnoughCredit(f"insert {slot.price - self.credit} more")
        change = make_change(self.credit - slot.price, self.coins)
        if change is None:
            raise ExactChangeOnly()
        for coin in change:
            self.coins[coin] -= 1
        slot.count -= 1
        credit = 0
        return slot.name, change

    def refund(self) -> list[int]:
        coins = make_change(self.credit, self.coins)
        if coins is None:
            raise ExactChangeOnly()
        for coin in coins:
            self.coins[coin] -= 1
        self.credit = 0
        return coins

    def cash(self) -> int:
        return sum(coin * count for coin, count in self.coins.items())
