"""Owners and their pets, as kept at the front desk."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field


@dataclass
class Owner:
    name: str
    email: str
    opted_out: bool = False  # asked not to get reminder emails


@dataclass
class Pet:
    name: str
    species: str
    owner: Owner
    shots: dict[str, datetime.date] = field(default_factory=dict)  # vaccine -> last given
    deceased: bool = False

    def record_shot(self, vaccine: str, day: datetime.date) -> None:
        last = self.shots.get(vaccine)
        if last is None or day > last:
            self.shots[vaccine] = day
