"""Quotes for skimming: plaster, bags and days on site."""

from __future__ import annotations

import math

from rooms import Wall

BAG_KG = 25
KG_PER_M2_PER_MM = 1.2
WASTE = 0.1


class Estimate:
    def __init__(self, walls: list[Wall], coat_mm: float = 2.0, m2_per_day: float = 30.0):
        self.walls = walls
        self.coat_mm = coat_mm
        self.m2_per_day = m2_per_day

    def area(self) -> float:
        return round(sum(wall.area() for wall in self.walls), 2)

    def materials(self) -> dict:
        """Plaster needed, with a tenth extra for mixing and droppings, and the bags to buy."""
        area = self.area()
        kg = area * self.coat_mm * KG_PER_M2_PER_MM * (1 + WASTE)
        bags = math.ceil(kg / BAG_KG)
        return {"kg": round(kg, 1), "bags": bags}

    def days(self) -> float:
        """Days on site, in half days."""
        return max(0.5, math.ceil(self.area() / self.m2_per_day * 2) / 2)

    def price(self, day_rate: float, bag_price: float) -> float:
        return round(self.days() * day_rate + self.materials()["bags"] * bag_price, 2)
