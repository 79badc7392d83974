"""Charging a contract lift from the driver's timesheet card.

Time on site is billed in started half hours, with a four hour minimum. Work after
17:00 carries overtime at half the hourly rate on top, by the minute. Travel is
charged for the miles out to site and back, in whole miles.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from fleet import Crane

BLOCK_MINUTES = 30
MINIMUM_MINUTES = 4 * 60
OVERTIME_FROM = 17 * 60
OVERTIME_EXTRA = 0.5


def clock(text: str) -> int:
    hours, _, minutes = text.strip().partition(":")
    return int(hours) * 60 + int(minutes)


@dataclass
class Timesheet:
    crane: Crane
    arrived: int  # minutes after midnight
    left: int
    miles: float  # yard to site, one way

    @classmethod
    def from_card(cls, crane: Crane, card: str) -> "Timesheet":
        """The driver's card: '07:30-12:10, 18 miles'."""
        times, _, distance = card.partition(",")
        arrived, _, left = times.partition("-")
        sheet = cls(crane, clock(arrived), clock(left), float(distance.replace("miles", "").strip() or 0))
        if sheet.left <= sheet.arrived:
            raise ValueError(f"left site before arriving: {card!r}")
        return sheet

    def charge(self) -> dict[str, float]:
        on_site = self.left - self.arrived
        blocks = on_site / BLOCK_MINUTES
        billed = max(blocks * BLOCK_MINUTES, MINIMUM_MINUTES)
        hire = billed / 60 * self.crane.hourly
        late = max(0, self.left - max(self.arrived, OVERTIME_FROM))
        overtime = late / 60 * self.crane.hourly * OVERTIME_EXTRA
        travel = 2 * math.ceil(self.miles) * self.crane.per_mile
        lines = {"hire": hire, "overtime": overtime, "travel": travel}
        lines["total"] = sum(lines.values())
        return {name: round(amount, 2) for name, amount in lines.items()}
