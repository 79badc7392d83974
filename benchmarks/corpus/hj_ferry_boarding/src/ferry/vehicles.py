"""Vehicles in the check-in queue, one booking line each: plate, kind, and
optionally the length in metres when it is not the usual one for its kind."""

from __future__ import annotations

from dataclasses import dataclass

LENGTHS = {"motorbike": 2.5, "car": 4.5, "van": 6.0, "camper": 7.5}


@dataclass(frozen=True)
class Vehicle:
    plate: str
    kind: str
    length: float


def parse_vehicle(line: str) -> Vehicle:
    plate, kind, *rest = line.split()
    if rest:
        length = float(rest[0].removesuffix("m"))
    elif kind in LENGTHS:
        length = LENGTHS[kind]
    else:
        raise ValueError(f"no length for {kind!r}: {line!r}")
    if length <= 0:
        raise ValueError(f"bad length in {line!r}")
    return Vehicle(plate.upper(), kind, length)


def parse_queue(text: str) -> list[Vehicle]:
    return [parse_vehicle(line) for line in text.splitlines() if line.strip()]
