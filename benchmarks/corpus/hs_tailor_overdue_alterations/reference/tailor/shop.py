"""Alteration tickets, from taking a garment in to handing it back."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from tailor.workdays import add_work_days


@dataclass
class Alteration:
    ticket: int
    customer: str
    garment: str
    received: datetime.date
    promised: datetime.date
    ready: datetime.date | None = None
    collected: datetime.date | None = None


class Shop:
    def __init__(self) -> None:
        self.tickets: dict[int, Alteration] = {}

    def take_in(self, customer: str, garment: str, received: datetime.date, work_days: int) -> Alteration:
        number = max(self.tickets, default=100) + 1
        alteration = Alteration(number, customer, garment, received, add_work_days(received, work_days))
        self.tickets[number] = alteration
        return alteration

    def mark_ready(self, ticket: int, day: datetime.date) -> None:
        self.tickets[ticket].ready = day

    def collect(self, ticket: int, day: datetime.date) -> None:
        alteration = self.tickets[ticket]
        if alteration.ready is None:
            raise ValueError(f"ticket {ticket} is not ready yet")
        alteration.collected = day

    def overdue(self, today: datetime.date) -> list[int]:
        """Tickets not ready although the day promised is past, the oldest promise first."""
        late = [alteration for alteration in self.tickets.values()
                if alteration.ready is None and alteration.promised < today]
        return [alteration.ticket for alteration in sorted(late, key=lambda a: (a.promised, a.ticket))]

    def uncollected(self, today: datetime.date, days: int = 30) -> list[int]:
        """Tickets ready for more than `days` days and still not collected."""
        return sorted(alteration.ticket for alteration in self.tickets.values()
                      if alteration.collected is None and alteration.ready is not None
                      and (today - alteration.ready).days > days)
