"""One customer's hire: crates go out in one drop and come back in batches as the
boxes are unpacked."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from crates import MIN_CHARGE_PENCE, WEEK_RATE_PENCE, pounds, weeks_charged


@dataclass
class Hire:
    customer: str
    delivered: date
    crates: int
    returns: list[tuple[date, int]] = field(default_factory=list)

    def out(self, on: date) -> int:
        """Crates still with the customer at the end of `on`."""
        return self.crates - sum(count for day, count in self.returns if day <= on)

    def collect(self, day: date, count: int) -> None:
        if day < self.delivered or count > self.out(day):
            raise ValueError(f"{self.customer}: cannot collect {count} crates on {day}")
        self.returns.append((day, count))

    def charge(self, on: date) -> int:
        """Pence owed for the hire up to and including `on`."""
        total = 0
        out = self.crates
        for day, count in sorted(self.returns):
            if day > on:
                break
            total += count * weeks_charged(self.delivered, day)
            out -= count
        total += out * weeks_charged(self.delivered, on)
        return max(MIN_CHARGE_PENCE, total * WEEK_RATE_PENCE)

    def statement(self, on: date) -> str:
        return f"{self.customer}: {self.out(on)} of {self.crates} crates out, {pounds(self.charge(on))} to {on:%d %b}"
