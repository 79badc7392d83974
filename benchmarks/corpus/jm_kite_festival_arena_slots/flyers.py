"""The flyers who sent in an entry form for the festival's display arena."""

from __future__ import annotations

from dataclasses import dataclass

GIANT_AREA_M2 = 6.0  # kites this big fly only in the giant-kite sessions


@dataclass(frozen=True)
class Flyer:
    name: str
    kite: str
    area_m2: float

    @property
    def giant(self) -> bool:
        return self.area_m2 >= GIANT_AREA_M2


def read_entries(text: str) -> list[Flyer]:
    """One entry a line, 'name | kite | sail area in m2'; blank lines and # notes skipped."""
    flyers = []
    seen = set()
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        parts = [part.strip() for part in line.split("|")]
        if len(parts) != 3:
            raise ValueError(f"line {number}: expected 'name | kite | area'")
        name, kite, area = parts
        if name.lower() in seen:
            raise ValueError(f"line {number}: {name} has already entered")
        seen.add(name.lower())
        flyers.append(Flyer(name, kite, float(area)))
    return flyers
