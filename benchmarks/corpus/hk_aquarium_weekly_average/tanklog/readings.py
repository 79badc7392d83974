"""The tank log: one reading a line, `2024-03-04 25.6 7.2` (date, water °C, pH)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Reading:
    day: date
    celsius: float
    ph: float


def parse_line(line: str) -> Reading:
    day, celsius, ph = line.split()
    return Reading(date.fromisoformat(day), float(celsius), float(ph))


def parse_log(text: str) -> list[Reading]:
    return [parse_line(line) for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]
