"""The day's price board, in pounds per tonne."""

from __future__ import annotations


class UnknownMetal(KeyError):
    pass


class PriceList:
    def __init__(self, per_tonne: dict[str, float]):
        self.per_tonne = {metal.strip().lower(): rate for metal, rate in per_tonne.items()}

    def rate(self, metal: str) -> float:
        try:
            return self.per_tonne[metal.strip().lower()]
        except KeyError:
            raise UnknownMetal(metal) from None

    def value(self, metal: str, net_kg: int) -> float:
        return round(self.rate(metal) * net_kg / 1000, 2)
