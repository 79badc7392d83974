"""The stock of plants on the sales floor and in the glasshouse."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass
class Plant:
    name: str
    zone: str  # "A".."F" outside, "G" the glasshouse
    interval_days: int  # how often it wants water
    last_watered: date | None = None
    indoor: bool = False

    def days_dry(self, today: date) -> int | None:
        if self.last_watered is None:
            return None
        return (today - self.last_watered).days


def read_stock(lines: list[str]) -> list[Plant]:
    """Lines like 'Lavender;B;3;2024-05-01;out' (the date may be '-')."""
    plants = []
    for line in lines:
        name, zone, interval, watered, where = line.strip().split(";")
        plants.append(
            Plant(
                name,
                zone,
                int(interval),
                None if watered == "-" else date.fromisoformat(watered),
                where == "in",
            )
        )
    return plants
