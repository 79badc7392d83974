"""The minibuses we hire out."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Minibus:
    reg: str
    seats: int  # passenger seats, not counting the driver
    day_rate: float
    free_miles_per_day: int
    per_mile: float  # over the free allowance


FLEET = [
    Minibus("YK19 BUS", 8, 85.0, 150, 0.35),
    Minibus("YK21 MBH", 12, 110.0, 150, 0.40),
    Minibus("YK68 PSV", 16, 135.0, 120, 0.45),
]


def bus_for(party: int) -> Minibus:
    """The smallest minibus that seats the whole party."""
    if party < 1:
        raise ValueError("a hire needs at least one passenger")
    for bus in sorted(FLEET, key=lambda bus: bus.seats):
        if bus.seats >= party:
            return bus
    raise LookupError(f"no minibus seats {party}; book two")


def by_reg(reg: str) -> Minibus:
    wanted = reg.replace(" ", "").upper()
    for bus in FLEET:
        if bus.reg.replace(" ", "") == wanted:
            return bus
    raise KeyError(reg)
