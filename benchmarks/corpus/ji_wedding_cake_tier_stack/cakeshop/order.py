"""Quoting a tiered wedding cake from the number of guests."""

from __future__ import annotations

from dataclasses import dataclass

from cakeshop.portions import portions

BIGGEST = 14  # the largest tin, and the most the van's cake box takes
TIER_STEP = 2  # each tier is this much wider than the one on top of it
PRICE_PER_PORTION = {"sponge": 3.00, "chocolate": 3.25, "fruit": 3.75}
STACKING = 15.00  # dowels and boards, for each tier that sits on another


@dataclass
class CakeOrder:
    guests: int
    flavour: str = "sponge"
    shape: str = "round"
    top: int = 6  # the top tier's size, in inches

    def tiers(self) -> list[int]:
        """Tier sizes from the bottom up: the fewest tiers, widening from the top tier
        down, that give every guest a portion."""
        sizes = list(range(self.top, BIGGEST + 1, TIER_STEP))
        for count in range(1, len(sizes)):
            stack = sizes[:count]
            if sum(portions(self.shape, size) for size in stack) >= self.guests:
                return stack[::-1]
        raise ValueError(f"one cake will not serve {self.guests}: add a cutting cake")

    def servings(self) -> int:
        return sum(portions(self.shape, size) for size in self.tiers())

    def price(self) -> float:
        tiers = self.tiers()
        cake = self.servings() * PRICE_PER_PORTION[self.flavour]
        return round(cake + STACKING * (len(tiers) - 1), 2)

    def describe(self) -> str:
        sizes = " + ".join(f'{size}"' for size in self.tiers())
        return f"{len(self.tiers())}-tier {self.shape} {self.flavour} ({sizes}), serves {self.servings()}: £{self.price():.2f}"
