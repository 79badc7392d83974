from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Cow:
    tag: str
    name: str
    in_milk: bool = True


@dataclass(frozen=True)
class Milking:
    tag: str
    day: date
    litres: float


def milking_cows(herd: list[Cow]) -> list[Cow]:
    """The cows currently being milked, by ear tag."""
    return sorted((cow for cow in herd if cow.in_milk), key=lambda cow: cow.tag)


def milkings_for(cow: Cow, milkings: list[Milking]) -> list[Milking]:
    return [m for m in milkings if m.tag == cow.tag]
