"""Washers and dryers on the shop floor. Times are minutes since the shop opened."""

from __future__ import annotations

from dataclasses import dataclass

CYCLE_MINUTES = {"washer": 35, "dryer": 45}
PRICES = {"washer": 4.50, "dryer": 2.75}


@dataclass
class Machine:
    number: int
    kind: str  # "washer" or "dryer"
    out_of_order: bool = False
    busy_until: int | None = None  # when the running cycle ends, None if never used

    def is_idle(self, now: int) -> bool:
        return self.busy_until is None or self.busy_until <= now

    def minutes_left(self, now: int) -> int:
        return 0 if self.is_idle(now) else self.busy_until - now


def make_floor(washers: int, dryers: int) -> list[Machine]:
    """Machines numbered from 1: the washers first, then the dryers."""
    floor = [Machine(n, "washer") for n in range(1, washers + 1)]
    floor += [Machine(washers + n, "dryer") for n in range(1, dryers + 1)]
    return floor
