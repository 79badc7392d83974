"""Fill-ups as typed into the log, one a line: date, odometer (km), litres, and
"partial" when the tank was not filled to the top."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Fill:
    day: date
    odometer: int
    litres: float
    full: bool = True


def parse_fill(line: str) -> Fill:
    day, odometer, litres, *rest = (part.strip() for part in line.split(","))
    full = not rest or rest[0].lower() not in ("partial", "p")
    fill = Fill(date.fromisoformat(day), int(odometer), float(litres), full)
    if fill.litres <= 0:
        raise ValueError(f"no fuel in {line!r}")
    return fill


def parse_log(text: str) -> list[Fill]:
    fills = [parse_fill(line) for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    for before, after in zip(fills, fills[1:]):
        if after.odometer < before.odometer:
            raise ValueError(f"odometer goes back on {after.day}")
    return fills
