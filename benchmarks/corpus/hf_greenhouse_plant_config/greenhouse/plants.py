from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta


@dataclass(frozen=True)
class Plant:
    name: str
    every_days: int
    last_watered: date
    litres: float = 0.5

    def next_watering(self) -> date:
        return self.last_watered + timedelta(days=self.every_days)


def due(plants: list[Plant], today: date) -> list[Plant]:
    """The plants to water today (overdue ones too), the most overdue first."""
    return sorted((p for p in plants if p.next_watering() <= today), key=lambda p: (p.next_watering(), p.name))


def water_needed(plants: list[Plant], today: date) -> float:
    return round(sum(p.litres for p in due(plants, today)), 2)
