"""The company's balloons and pilots."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Balloon:
    registration: str
    seats: int  # passenger places in the basket, the pilot's not counted
    max_load_kg: float  # pilot, passengers and fuel together
    fuel_kg: float


@dataclass(frozen=True)
class Pilot:
    name: str
    weight_kg: float


FLEET = {
    "G-CKRN": Balloon("G-CKRN", 8, 840.0, 180.0),
    "G-OJBW": Balloon("G-OJBW", 12, 1290.0, 240.0),
    "G-BZPL": Balloon("G-BZPL", 4, 470.0, 120.0),
}
