"""Paying out at the weighbridge office."""

from __future__ import annotations

from prices import PriceList, UnknownMetal
from tickets import Ticket, parse_ticket


class Weighbridge:
    def __init__(self, prices: PriceList):
        self.prices = prices
        self.paid: list[tuple[Ticket, float]] = []
        self.rejected: list[str] = []

    def accepts(self, metal: str) -> bool:
        try:
            self.prices.rate(metal)
        except UnknownMetal:
            return False
        return True

    def take(self, line: str) -> float:
        """Price one ticket and pay it out."""
        ticket = parse_ticket(line)
        if any(paid.number == ticket.number for paid, _ in self.paid):
            raise ValueError(f"ticket {ticket.number} has already been paid")
        amount = self.prices.value(ticket.metal, ticket.net_kg)
        self.paid.append((ticket, amount))
        return amount

    def take_day(self, lines: list[str]) -> float:
        """Pay out a day's tickets, returning the total paid. A ticket that cannot be
        read or priced is put aside in `rejected` for the office to sort out by hand."""
        total = 0.0
        for line in lines:
            if not line.strip():
                continue
            try:
                total += self.take(line)
            except ValueError:
                self.rejected.append(line)
        return round(total, 2)

    def tonnage(self) -> dict[str, float]:
        by_metal: dict[str, float] = {}
        for ticket, _ in self.paid:
            by_metal[ticket.metal] = round(by_metal.get(ticket.metal, 0.0) + ticket.net_kg / 1000, 3)
        return by_metal
