"""Quotes and job cards for a typewriter repair bench.

Labour is charged by the quarter hour, every quarter hour started, with a bench minimum
for anything that comes in. Rush jobs (back the same week) pay half as much again on the
labour. Parts go on at their price for each one fitted; VAT goes on the lot.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

QUARTER_HOUR_RATE = 11.25
BENCH_MINIMUM = 22.50
RUSH_SURCHARGE = 0.5
VAT_RATE = 0.20
RIBBON_METRES = 10  # one spool


@dataclass
class Part:
    name: str
    price: float
    qty: int = 1


@dataclass
class RepairJob:
    ticket: str
    machine: str
    minutes: int
    parts: list[Part] = field(default_factory=list)
    rush: bool = False

    def total(self) -> float:
        """What the customer pays, VAT included, to the penny."""
        quarters = self.minutes // 15
        labour = max(quarters * QUARTER_HOUR_RATE, BENCH_MINIMUM)
        if self.rush:
            labour *= 1 + RUSH_SURCHARGE
        parts = sum(part.price for part in self.parts)
        return round((labour + parts) * (1 + VAT_RATE), 2)

    def card(self) -> list[str]:
        """The job card that goes in the machine's case."""
        lines = [f"{self.ticket}  {self.machine}{'  RUSH' if self.rush else ''}"]
        lines += [f"  {part.qty} x {part.name} @ {part.price:.2f}" for part in self.parts]
        lines.append(f"  total {self.total():.2f}")
        return lines


def spools_for(metres: float) -> int:
    """Ribbon spools to fit for a customer wanting this many metres on the machine."""
    return max(1, math.ceil(metres / RIBBON_METRES))


def read_parts(text: str) -> list[Part]:
    """The parts drawer list: "name; price; qty" a line, qty 1 when left off."""
    parts = []
    for line in text.strip().splitlines():
        fields = [f.strip() for f in line.split(";")]
        qty = int(fields[2]) if len(fields) > 2 and fields[2] else 1
        parts.append(Part(fields[0], float(fields[1]), qty))
    return parts
