"""Lavender as it comes in from the field, one trailer load a line of the harvest sheet:

    2024-07-15  maillette  420  14.5
    2024-07-15  grosso     380  21     wet

date cut, variety, kg of stems, oil in ml per kg from the test distillation, and
"wet" for a load cut in the rain: it heats up and moulds in the heap."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Load:
    variety: str
    kg: float
    oil_ml_per_kg: float
    cut: date
    wet: bool = False

    def age(self, today: date) -> int:
        return (today - self.cut).days


def parse_sheet(text: str) -> list[Load]:
    loads = []
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        fields = line.split()
        if len(fields) not in (4, 5) or (len(fields) == 5 and fields[4].lower() != "wet"):
            raise ValueError(f"line {number}: expected 'date variety kg ml_per_kg [wet]'")
        day, variety, kg, oil = fields[:4]
        loads.append(Load(variety.lower(), float(kg), float(oil), date.fromisoformat(day), len(fields) == 5))
    return loads
