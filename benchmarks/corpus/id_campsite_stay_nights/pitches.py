from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class Pitch:
    number: int
    kind: str  # "tent", "caravan" or "cabin"
    nightly_rate: Decimal
    included_guests: int = 2
    electric: bool = False


def pitches_of(kind: str, pitches: list[Pitch]) -> list[Pitch]:
    return [pitch for pitch in pitches if pitch.kind == kind]
