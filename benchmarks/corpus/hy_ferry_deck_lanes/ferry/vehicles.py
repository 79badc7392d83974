"""Vehicles booked on a crossing, as the booking office sends them."""

from __future__ import annotations

from dataclasses import dataclass

# Metres of deck a vehicle of each class takes, when the booking gives no length.
DEFAULT_LENGTHS = {"car": 5.0, "van": 6.5, "motorbike": 2.5, "lorry": 16.5, "caravan": 12.0}


@dataclass(frozen=True)
class Vehicle:
    reg: str
    kind: str
    length: float = 0.0

    @property
    def deck_length(self) -> float:
        return self.length or DEFAULT_LENGTHS[self.kind]

    @property
    def heavy(self) -> bool:
        return self.kind == "lorry"
