"""Repair tickets: taking shoes in, and handing them back."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from cobbler.workdays import add_working_days, days_between

PRICES = {"heels": 12.0, "half soles": 28.0, "full soles": 45.0, "stitching": 9.0, "stretch": 8.0}
TURNAROUND = {"heels": 1, "half soles": 3, "full soles": 5, "stitching": 2, "stretch": 2}
FREE_STORAGE_DAYS = 28
STORAGE_PER_WEEK = 1.50


@dataclass
class Ticket:
    number: int
    customer: str
    jobs: list[str]
    taken_in: date
    ready_on: date
    collected_on: date | None = None

    @property
    def price(self) -> float:
        return sum(PRICES[job] for job in self.jobs)


class Counter:
    def __init__(self) -> None:
        self.tickets: dict[int, Ticket] = {}
        self.next_number = 1

    def take_in(self, customer: str, jobs: list[str], today: date) -> Ticket:
        unknown = [job for job in jobs if job not in PRICES]
        if not jobs or unknown:
            raise ValueError(f"no such jobs: {unknown}")
        ready = add_working_days(today, max(TURNAROUND[job] for job in jobs))
        ticket = Ticket(self.next_number, customer, list(jobs), today, ready)
        self.tickets[ticket.number] = ticket
        self.next_number += 1
        return ticket

    def storage_charge(self, ticket: Ticket, today: date) -> float:
        """Shoes left more than FREE_STORAGE_DAYS after they were ready pay
        STORAGE_PER_WEEK for each week, or part of a week, beyond that."""
        days_waiting = days_between(today, ticket.ready_on)
        if days_waiting <= FREE_STORAGE_DAYS:
            return 0.0
        weeks = -(-(days_waiting - FREE_STORAGE_DAYS) // 7)
        return round(weeks * STORAGE_PER_WEEK, 2)

    def collect(self, number: int, today: date) -> float:
        """Hand the shoes back; returns what the customer pays."""
        ticket = self.tickets[number]
        if ticket.collected_on is not None:
            raise ValueError(f"ticket {number} was collected on {ticket.collected_on}")
        if today < ticket.ready_on:
            raise ValueError(f"ticket {number} is not ready until {ticket.ready_on}")
        ticket.collected_on = today
        return round(ticket.price + self.storage_charge(ticket, today), 2)

    def waiting(self, today: date) -> list[int]:
        """Tickets ready but not collected, longest waiting first."""
        ready = [t for t in self.tickets.values() if t.collected_on is None and t.ready_on <= today]
        return [t.number for t in sorted(ready, key=lambda t: (t.ready_on, t.number))]
