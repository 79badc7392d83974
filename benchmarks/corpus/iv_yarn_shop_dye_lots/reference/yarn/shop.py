"""Selling yarn for a pattern from a single dye lot."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from yarn.stock import Lot, balls_needed


class OutOfStock(Exception):
    pass


@dataclass(frozen=True)
class Sale:
    colour: str
    dye_lot: str
    balls: int
    price: float


class Stockroom:
    def __init__(self, lots: list[Lot]):
        self.lots = lots
        self.sales: list[Sale] = []

    def choose_lot(self, colour: str, metres: float) -> Lot | None:
        """The smallest lot of `colour` that has enough for `metres` on its own, so
        the big lots are kept for jumpers and blankets."""
        colour = colour.strip().lower()
        enough = [
            lot for lot in self.lots
            if lot.colour == colour and lot.balls >= balls_needed(metres, lot.metres_per_ball)
        ]
        return min(enough, key=lambda lot: (lot.balls, lot.dye_lot), default=None)

    def sell(self, colour: str, metres: float) -> Sale:
        lot = self.choose_lot(colour, metres)
        if lot is None:
            raise OutOfStock(f"no single dye lot of {colour} has {metres} m")
        balls = balls_needed(metres, lot.metres_per_ball)
        lot.balls -= balls
        sale = Sale(lot.colour, lot.dye_lot, balls, round(balls * lot.price_per_ball, 2))
        self.sales.append(sale)
        return sale

    def takings(self) -> float:
        return round(sum(sale.price for sale in self.sales), 2)

    def best_sellers(self, n: int = 3) -> list[tuple[str, int]]:
        """The colours that sold the most balls."""
        balls = Counter()
        for sale in self.sales:
            balls[sale.colour] += sale.balls
        return sorted(balls.items(), key=lambda item: (-item[1], item[0]))[:n]

    def balls_in_stock(self, colour: str) -> int:
        colour = colour.strip().lower()
        return sum(lot.balls for lot in self.lots if lot.colour == colour)
