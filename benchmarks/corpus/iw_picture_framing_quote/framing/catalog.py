"""The mouldings on the wall of the shop and the glazing we stock."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Moulding:
    code: str
    name: str
    width_cm: float  # face width: each mitred corner uses this much extra on both sides
    price_per_m: float


MOULDINGS = {
    m.code: m
    for m in [
        Moulding("OAK20", "Natural oak, 20mm", 2.0, 14.50),
        Moulding("OAK40", "Natural oak, 40mm", 4.0, 22.00),
        Moulding("BLK15", "Black ash, 15mm", 1.5, 11.00),
        Moulding("GLD55", "Antique gold swept, 55mm", 5.5, 38.50),
        Moulding("WHT25", "Painted white, 25mm", 2.5, 12.75),
    ]
}

# Price per square metre of glazing.
GLAZING = {
    "none": 0.0,
    "standard": 18.0,
    "acrylic": 26.0,
    "anti-reflective": 45.0,
    "museum": 95.0,
}


def moulding(code: str) -> Moulding:
    try:
        return MOULDINGS[code.strip().upper()]
    except KeyError:
        raise ValueError(f"unknown moulding {code!r}") from None
