from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta


@dataclass
class Plant:
    name: str
    every_days: int
    last_watered: date
    outdoor: bool = False

    def next_watering(self) -> date:
        return self.last_watered + timedelta(days=self.every_days)

    def days_overdue(self, today: date) -> int:
        return max(0, (today - self.next_watering()).days)
