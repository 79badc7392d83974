"""Weight-bracket rate tables."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class Bracket:
    up_to_grams: int  # inclusive
    price: Decimal


class RateTable:
    def __init__(self, brackets: list[Bracket], per_kg_over: Decimal) -> None:
        if not brackets:
            raise ValueError("a rate table needs at least one bracket")
        self.brackets = sorted(brackets, key=lambda bracket: bracket.up_to_grams)
        self.per_kg_over = per_kg_over

    def price_for(self, grams: int) -> Decimal:
        """The price of the first bracket whose limit the parcel does not exceed; past
        the last bracket, every started kilogram over its limit costs per_kg_over."""
        if grams <= 0:
            raise ValueError("a parcel weighs something")
        for bracket in self.brackets:
            if grams < bracket.up_to_grams:
                return bracket.price
        last = self.brackets[-1]
        started_kilos = -(-(grams - last.up_to_grams) // 1000)
        return last.price + started_kilos * self.per_kg_over


def _table(*rows: tuple[int, str], over: str) -> RateTable:
    return RateTable([Bracket(grams, Decimal(price)) for grams, price in rows], Decimal(over))


TABLES = {
    "domestic": _table((500, "3.95"), (2000, "6.50"), (10000, "9.95"), over="1.00"),
    "europe": _table((500, "8.50"), (2000, "14.00"), (5000, "21.00"), (10000, "27.50"), over="3.00"),
    "world": _table((500, "14.50"), (2000, "28.00"), (10000, "55.00"), over="6.50"),
}
