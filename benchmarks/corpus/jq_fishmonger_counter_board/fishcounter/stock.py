"""Boxes bought at the fish market, from the merchant's note."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Box:
    species: str
    kg: float
    cost_pence: int
    landed: date


def days_between(start: date, end: date) -> int:
    """Whole days from start to end; negative if end comes first."""
    return (end - start).days


def read_market_note(text: str) -> list[Box]:
    """One box a line: species, kg, cost in pounds, landing date (yyyy-mm-dd)."""
    boxes = []
    for line in text.strip().splitlines():
        species, kg, cost, landed = (field.strip() for field in line.split(","))
        pence = round(float(cost.lstrip("£")) * 100)
        boxes.append(Box(species.lower(), float(kg), pence, date.fromisoformat(landed)))
    return boxes
