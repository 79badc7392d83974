from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class Reading:
    at: datetime
    celsius: float
    humidity: int


def parse_reading(line: str) -> Reading:
    at, celsius, humidity = line.split(",")
    return Reading(datetime.fromisoformat(at.strip()), float(celsius), int(humidity))


def load(lines: list[str]) -> list[Reading]:
    """Readings in time order; a station sometimes sends them out of order."""
    return sorted((parse_reading(line) for line in lines if line.strip()), key=lambda r: r.at)
