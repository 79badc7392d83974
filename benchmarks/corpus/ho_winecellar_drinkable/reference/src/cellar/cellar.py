"""The racks at home: what is in them and what to open."""

from __future__ import annotations

from decimal import Decimal

from .bottle import Bottle


class CellarFull(Exception):
    pass


class Cellar:
    def __init__(self, slots: int, year: int) -> None:
        self.slots = slots
        self.year = year  # this year, for what is ready or past it
        self.bottles: list[Bottle] = []

    def free(self) -> int:
        return self.slots - len(self.bottles)

    def add(self, bottle: Bottle, count: int = 1) -> None:
        if count > self.free():
            raise CellarFull(f"{count} bottles, {self.free()} free slots")
        self.bottles.extend([bottle] * count)

    def take(self, name: str) -> Bottle:
        """Take out the oldest vintage of a wine."""
        matching = [bottle for bottle in self.bottles if bottle.name == name]
        if not matching:
            raise KeyError(name)
        oldest = min(matching, key=lambda bottle: bottle.vintage)
        self.bottles.remove(oldest)
        return oldest

    def drinkable(self, year: int | None = None) -> dict[str, int]:
        """Bottles of each wine inside its drinking window in year (this year by default)."""
        if year is None:
            year = self.year
        counts: dict[str, int] = {}
        for bottle in self.bottles:
            if bottle.drink_from <= year <= bottle.drink_until:
                counts[bottle.name] = counts.get(bottle.name, 0) + 1
        return counts

    def past_peak(self) -> list[Bottle]:
        return sorted({bottle for bottle in self.bottles if bottle.drink_until < self.year},
                      key=lambda bottle: (bottle.drink_until, bottle.name))

    def value(self) -> Decimal:
        return sum((bottle.price for bottle in self.bottles), Decimal("0"))
