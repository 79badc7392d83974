"""A prescription on file at the counter: the first fill plus a number of refills,
until it expires. Insurance pays for a refill once most of the last supply is used."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date, timedelta

EARLY_REFILL = 0.8  # share of the days' supply that must have passed


class RefillRefused(Exception):
    pass


@dataclass
class Prescription:
    rx: str
    drug: str
    days_supply: int
    refills_left: int
    expires: date
    fills: list[date] = field(default_factory=list)

    def last_fill(self) -> date | None:
        return max(self.fills) if self.fills else None

    def earliest_refill(self) -> date | None:
        last = self.last_fill()
        if last is None:
            return None
        return last + timedelta(days=math.ceil(self.days_supply * EARLY_REFILL))

    def can_fill(self, today: date) -> bool:
        """The first fill needs only an unexpired prescription; each later one
        uses up a refill and waits for the early-refill date."""
        if today > self.expires:
            return False
        if not self.fills:
            return True
        return self.refills_left > 0 and today >= self.earliest_refill()

    def fill(self, today: date) -> None:
        if not self.can_fill(today):
            raise RefillRefused(f"{self.rx}: cannot fill on {today}")
        if self.fills:
            self.refills_left -= 1
        self.fills.append(today)

    def runs_out(self) -> date | None:
        last = self.last_fill()
        return None if last is None else last + timedelta(days=self.days_supply)
