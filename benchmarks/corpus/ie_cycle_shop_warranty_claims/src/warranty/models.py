from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Bike:
    serial: str
    model: str
    sold_on: date
    frame_years: int = 5
    parts_years: int = 2
    electric: bool = False


@dataclass(frozen=True)
class Claim:
    serial: str
    part: str
    reported_on: date
    crash_damage: bool = False
    commercial_use: bool = False
