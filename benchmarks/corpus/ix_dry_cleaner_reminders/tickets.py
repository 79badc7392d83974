"""Tickets from the counter: one per bundle of garments handed in."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass
class Ticket:
    number: int
    customer: str
    items: int
    ready_on: date
    collected_on: date | None = None
    last_reminded: date | None = None
    account: bool = False  # hotels and restaurants on monthly accounts

    def waiting(self, today: date) -> bool:
        """Ready and still on the rail."""
        return self.collected_on is None and self.ready_on <= today


def collect(tickets: list[Ticket], number: int, today: date) -> Ticket:
    for ticket in tickets:
        if ticket.number == number:
            if ticket.collected_on is not None:
                raise ValueError(f"ticket {number} was collected on {ticket.collected_on}")
            ticket.collected_on = today
            return ticket
    raise KeyError(number)
