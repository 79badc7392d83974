"""The season's driveway contracts. Each customer picks the snow depth at which they
want the plough out; locations are map grid references in km from the farm."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Driveway:
    address: str
    location: tuple[float, float]
    trigger_cm: int


def read_contracts(text: str) -> list[Driveway]:
    """One contract a line: address; east km, north km; trigger cm. '#' starts a note."""
    driveways = []
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        address, grid, trigger = (part.strip() for part in line.split(";"))
        east, north = (float(v) for v in grid.split(","))
        driveways.append(Driveway(address, (east, north), int(trigger)))
    return driveways


def to_clear(driveways: list[Driveway], snow_cm: float) -> list[Driveway]:
    """The driveways whose trigger depth the overnight snow has reached."""
    return [d for d in driveways if snow_cm >= d.trigger_cm]
