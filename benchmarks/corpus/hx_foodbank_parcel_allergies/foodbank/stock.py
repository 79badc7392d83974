"""What is on the food bank's shelves."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass
class Item:
    name: str
    category: str
    quantity: int
    allergens: frozenset[str] = field(default_factory=frozenset)
    best_before: date | None = None


class Stock:
    def __init__(self, items: list[Item] = ()) -> None:
        self.items = list(items)

    def donate(self, item: Item) -> None:
        for existing in self.items:
            if (existing.name, existing.best_before) == (item.name, item.best_before):
                existing.quantity += item.quantity
                return
        self.items.append(item)

    def available(self, category: str, today: date) -> list[Item]:
        """Items of the category still in date, the soonest best-before first (items
        without a best-before date last)."""
        usable = [item for item in self.items
                  if item.category == category and item.quantity > 0
                  and (item.best_before is None or item.best_before >= today)]
        return sorted(usable, key=lambda item: (item.best_before is None, item.best_before or today))

    def take(self, item: Item, count: int) -> None:
        if count > item.quantity:
            raise ValueError(f"only {item.quantity} of {item.name} left")
        item.quantity -= count

    def count(self, category: str) -> int:
        return sum(item.quantity for item in self.items if item.category == category)
