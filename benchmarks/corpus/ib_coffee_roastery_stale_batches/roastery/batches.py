from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass
class Batch:
    code: str
    origin: str
    roasted: date
    bags: int
    shipped: bool = False

    def age(self, today: date) -> int:
        """Whole days since roasting."""
        return (today - self.roasted).days
