"""Capture records as the ringing station writes them in the field notebook export."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Capture:
    ring: str
    species: str
    day: date
    wing_mm: int | None = None
    weight_g: float | None = None


def parse_line(line: str) -> Capture:
    """'ring,species,YYYY-MM-DD,wing,weight'; wing and weight may be left empty."""
    parts = [part.strip() for part in line.split(",")]
    if len(parts) != 5:
        raise ValueError(f"expected 5 fields: {line!r}")
    ring, species, day, wing, weight = parts
    return Capture(
        ring.upper(),
        species,
        date.fromisoformat(day),
        int(wing) if wing else None,
        float(weight) if weight else None,
    )


def read_export(text: str) -> list[Capture]:
    """Every capture in an export, skipping the header line and blank lines."""
    lines = [line for line in text.splitlines()[1:] if line.strip()]
    return [parse_line(line) for line in lines]
