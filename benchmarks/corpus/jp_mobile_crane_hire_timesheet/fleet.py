"""The cranes in the yard and what they cost to hire, operator included."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Crane:
    name: str
    tonnes: int  # safe working load at minimum radius
    hourly: float  # with a driver
    per_mile: float  # travel from the yard and back, each way


FLEET = {
    "franna": Crane("Franna AT-20 pick-and-carry", 20, 78.0, 2.10),
    "ltm40": Crane("Liebherr LTM 1040", 40, 112.0, 3.40),
    "ltm90": Crane("Liebherr LTM 1090", 90, 168.0, 5.25),
}


def crane_for(load_tonnes: float) -> Crane:
    """The smallest crane that can lift the load. Lifts are planned at a quarter of
    the rated load, since the radius is rarely the minimum."""
    for crane in sorted(FLEET.values(), key=lambda crane: crane.tonnes):
        if load_tonnes <= crane.tonnes / 4:
            return crane
    raise ValueError(f"no crane in the yard lifts {load_tonnes} t")
