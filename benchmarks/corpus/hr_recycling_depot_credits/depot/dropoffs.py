"""Drop-offs as the scale at the depot logs them: `YYYY-MM-DD member material kg`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

MATERIALS = {"glass", "paper", "plastic", "metal"}


@dataclass(frozen=True)
class Dropoff:
    day: date
    member: str
    material: str
    kg: float


def parse_line(line: str) -> Dropoff:
    day, member, material, kg = line.split()
    material = material.lower()
    if material == "alu":
        material = "metal"
    if material not in MATERIALS:
        raise ValueError(f"unknown material {material!r}")
    return Dropoff(date.fromisoformat(day), member, material, float(kg))


def parse_log(text: str) -> list[Dropoff]:
    return [parse_line(line) for line in text.splitlines() if line.strip()]
