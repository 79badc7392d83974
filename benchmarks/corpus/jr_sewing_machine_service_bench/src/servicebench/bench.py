"""The tickets on the bench: machines booked in, serviced, and waiting to be collected."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

REMIND_AFTER_DAYS = 7  # a machine on the shelf this long gets a text


@dataclass
class Ticket:
    number: int
    phone: str
    machine: str
    service: str
    promised: date
    done_on: date | None = None
    collected: bool = False


class Bench:
    def __init__(self) -> None:
        self.tickets: list[Ticket] = []

    def book_in(self, phone: str, machine: str, service: str, promised: date) -> Ticket:
        ticket = Ticket(len(self.tickets) + 1, phone, machine, service, promised)
        self.tickets.append(ticket)
        return ticket

    def find(self, number: int) -> Ticket:
        for ticket in self.tickets:
            if ticket.number == number:
                return ticket
        raise KeyError(number)

    def done(self, number: int, day: date) -> None:
        self.find(number).done_on = day

    def collect(self, number: int) -> None:
        ticket = self.find(number)
        if ticket.done_on is None:
            raise ValueError(f"ticket {number} is still on the bench")
        ticket.collected = True

    def to_do(self) -> list[int]:
        """Tickets still to be worked on, soonest promised first."""
        waiting = [t for t in self.tickets if t.done_on is None]
        return [t.number for t in sorted(waiting, key=lambda t: (t.promised, t.number))]

    def reminders(self, today: date) -> dict[str, list[int]]:
        """The texts to send today: for each phone number, the tickets of machines
        finished REMIND_AFTER_DAYS or more days ago and still waiting on the shelf."""
        texts: dict[str, list[int]] = {}
        for ticket in self.tickets:
            if ticket.done_on is not None and (today - ticket.done_on).days >= REMIND_AFTER_DAYS:
                texts.setdefault(ticket.phone, []).append(ticket.number)
        return texts
