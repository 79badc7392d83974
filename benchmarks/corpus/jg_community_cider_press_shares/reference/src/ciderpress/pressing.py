"""Sharing out the juice at the end of a pressing day."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from ciderpress.gate import DropOff


class PressDay:
    def __init__(self, day: date, bottle_litres: float = 0.75):
        self.day = day
        self.bottle_litres = bottle_litres
        self.dropoffs: list[DropOff] = []

    def receive(self, drop: DropOff) -> None:
        if not drop.grower:
            raise ValueError("whose apples are these?")
        if drop.net_kg <= 0:
            raise ValueError(f"no fruit in {drop.grower}'s drop-off")
        self.dropoffs.append(drop)

    def fruit_kg(self) -> float:
        return round(sum(drop.net_kg for drop in self.dropoffs), 1)

    def share_out(self, juice_litres: float) -> dict[str, float]:
        """Each grower's litres of the day's juice, in proportion to the fruit they
        brought (the sacks are not pressed), to one decimal place."""
        fruit: dict[str, float] = defaultdict(float)
        for drop in self.dropoffs:
            fruit[drop.grower] += drop.net_kg
        total = sum(fruit.values())
        if not total:
            return {}
        return {grower: round(juice_litres * kg / total, 1) for grower, kg in sorted(fruit.items())}

    def bottles(self, juice_litres: float) -> dict[str, int]:
        """Whole bottles to fill for each grower; the odd drops go in the communal barrel."""
        return {grower: int(litres // self.bottle_litres) for grower, litres in self.share_out(juice_litres).items()}
