"""Firing schedules as potters write them, one segment a line:

    100/h to 600 hold 10
    150/h to 1000
    full to 1222 hold 15

a rate in degrees C per hour (or 'full', as fast as the kiln goes), a target
temperature, and optionally minutes to hold there."""

from __future__ import annotations

from dataclasses import dataclass

FULL_RATE = 600.0  # degrees per hour the kiln manages flat out
MAX_TEMPERATURE = 1300


@dataclass(frozen=True)
class Segment:
    rate: float
    target: float
    hold: int = 0


def parse_segment(line: str) -> Segment:
    words = line.lower().split()
    if len(words) not in (3, 5) or words[1] != "to" or (len(words) == 5 and words[3] != "hold"):
        raise ValueError(f"cannot read segment {line!r}")
    rate = FULL_RATE if words[0] == "full" else float(words[0].removesuffix("/h"))
    segment = Segment(rate, float(words[2]), int(words[4]) if len(words) == 5 else 0)
    if segment.rate <= 0 or segment.hold < 0 or not 0 < segment.target <= MAX_TEMPERATURE:
        raise ValueError(f"bad segment {line!r}")
    return segment


def parse_schedule(text: str) -> list[Segment]:
    return [parse_segment(line) for line in text.splitlines() if line.strip()]
