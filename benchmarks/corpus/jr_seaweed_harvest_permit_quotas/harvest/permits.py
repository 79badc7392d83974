"""The permits: a daily allowance by species, and closed months while it regrows."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass
class Permit:
    beach: str
    daily_kg: dict[str, float]  # wet weight a day, by species
    closed: dict[str, tuple[int, int]] = field(default_factory=dict)  # first and last month; may run over new year

    def is_closed(self, species: str, day: date) -> bool:
        if species not in self.closed:
            return False
        first, last = self.closed[species]
        if first <= last:
            return first <= day.month <= last
        return day.month >= first or day.month <= last
