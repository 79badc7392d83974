"""Fleece lots as booked in at the intake shed."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Lot:
    code: str
    farm: str
    breed: str
    kg: float  # greasy weight on the intake scale


def read_intake(text: str) -> list[Lot]:
    """The intake book: 'code | farm | breed | kg', one lot a line, in order of arrival."""
    lots = []
    for line in text.strip().splitlines():
        code, farm, breed, kg = (part.strip() for part in line.split("|"))
        if float(kg) <= 0:
            raise ValueError(f"lot {code}: no weight")
        lots.append(Lot(code, farm, breed, float(kg)))
    return lots
