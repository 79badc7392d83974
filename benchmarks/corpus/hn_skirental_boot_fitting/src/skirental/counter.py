"""The rental counter: fitting boots from what is on the shelf, and pricing."""

from __future__ import annotations

from skirental.sizing import smallest_fitting, ski_length

DAY_RATES = {"skis": 28.0, "boots": 14.0, "helmet": 6.0}
WEEK_DISCOUNT = 0.15  # off the whole rental from 6 days on


class OutOfStock(Exception):
    pass


class Counter:
    def __init__(self, boots_on_shelf: dict[int, int]) -> None:
        self.shelf = dict(boots_on_shelf)

    def fit_boots(self, foot_mm: float) -> int:
        """Hand out the smallest pair in stock that fits; raises OutOfStock if none does."""
        in_stock = sorted(size for size, count in self.shelf.items() if count > 0)
        size = smallest_fitting(in_stock, foot_mm)
        if size is None:
            raise OutOfStock(foot_mm)
        self.shelf[size] -= 1
        return size

    def return_boots(self, size: int) -> None:
        self.shelf[size] = self.shelf.get(size, 0) + 1

    @staticmethod
    def quote(items: list[str], days: int) -> float:
        total = sum(DAY_RATES[item] for item in items) * days
        if days >= 6:
            total *= 1 - WEEK_DISCOUNT
        return round(total, 2)

    @staticmethod
    def skis_for(height_cm: int, level: str) -> int:
        return ski_length(height_cm, level)
