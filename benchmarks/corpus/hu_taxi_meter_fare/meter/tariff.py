"""The council's taxi tariffs: a flag fall that covers the first stretch, then a
fixed increment per started unit of distance and per started minute of waiting."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class Tariff:
    name: str
    flag_fall: Decimal
    included_m: int
    unit_m: int
    per_unit: Decimal
    per_minute: Decimal

    def __post_init__(self) -> None:
        for field in ("flag_fall", "per_unit", "per_minute"):
            object.__setattr__(self, field, Decimal(getattr(self, field)))
        if self.unit_m <= 0 or self.included_m < 0:
            raise ValueError("bad tariff distances")


DAY = Tariff("day", "3.20", 1000, 100, "0.24", "0.45")
NIGHT = Tariff("night", "4.10", 800, 100, "0.29", "0.55")

NIGHT_STARTS = datetime.time(22, 0)
NIGHT_ENDS = datetime.time(6, 0)


def tariff_at(when: datetime.datetime) -> Tariff:
    """Night tariff from 22:00 to 06:00 and all day on Sundays."""
    clock = when.time()
    if when.weekday() == 6 or clock >= NIGHT_STARTS or clock < NIGHT_ENDS:
        return NIGHT
    return DAY
