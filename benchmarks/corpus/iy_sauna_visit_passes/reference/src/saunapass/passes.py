"""Multi-visit passes and what happened to each visit charged to them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from saunapass.pricing import credits_for


@dataclass
class VisitPass:
    holder: str
    credits: int
    bought_on: date
    valid_days: int = 90
    log: list[tuple[datetime, int, str]] = field(default_factory=list)

    @property
    def expires_on(self) -> date:
        """The first day the pass can no longer be used."""
        return self.bought_on + timedelta(days=self.valid_days)

    def top_up(self, credits: int, today: date) -> None:
        """Buying more credits adds them and starts the validity again from today."""
        self.credits += credits
        self.bought_on = today

    def charge(self, visits: list[tuple[datetime, int]]) -> list[tuple[datetime, int, str]]:
        """Charge visits (start, minutes) to the pass in the order they started. A visit
        on or after the expiry day, or costing more credits than are left, is refused
        and costs nothing. Returns (start, credits charged, outcome) for each visit,
        the outcome being "ok", "expired" or "no credits", and adds them to the log."""
        charged = []
        for start, minutes in sorted(visits):
            cost = credits_for(start, minutes)
            if start.date() >= self.expires_on:
                charged.append((start, 0, "expired"))
            elif cost > self.credits:
                charged.append((start, 0, "no credits"))
            else:
                self.credits -= cost
                charged.append((start, cost, "ok"))
        self.log.extend(charged)
        return charged

    def visits_made(self) -> int:
        return sum(1 for _, _, outcome in self.log if outcome == "ok")
