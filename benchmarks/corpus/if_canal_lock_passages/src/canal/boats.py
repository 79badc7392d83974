from __future__ import annotations

from dataclasses import dataclass

UP = "up"
DOWN = "down"


@dataclass(frozen=True)
class Boat:
    name: str
    length: float  # metres
    beam: float  # metres
    heading: str  # UP or DOWN


def narrowboat(name: str, length: float, heading: str) -> Boat:
    """A standard narrowboat, 2.08 m across."""
    return Boat(name, length, 2.08, heading)


def widebeam(name: str, length: float, heading: str) -> Boat:
    return Boat(name, length, 3.5, heading)
