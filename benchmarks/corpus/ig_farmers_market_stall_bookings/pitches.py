from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Pitch:
    number: int
    covered: bool = False
    power: bool = False


@dataclass(frozen=True)
class Booking:
    trader: str
    pitch: int
    day: date
    cancelled: bool = False


def pitch_fee(pitch: Pitch) -> float:
    """Daily fee: £18 for an open pitch, more for a gazebo and for a power hook-up."""
    fee = 18.0
    if pitch.covered:
        fee += 7.5
    if pitch.power:
        fee += 4.0
    return fee
