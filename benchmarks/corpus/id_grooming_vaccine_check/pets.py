from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class Vaccination:
    name: str
    given: date
    expires: date | None = None  # None: valid for life


@dataclass
class Pet:
    name: str
    species: str
    weight_kg: float
    vaccinations: list[Vaccination] = field(default_factory=list)

    def latest(self, vaccine: str) -> Vaccination | None:
        matching = [v for v in self.vaccinations if v.name == vaccine]
        return max(matching, key=lambda v: v.given) if matching else None
