"""Weighbridge tickets: the lorry weighed full, then empty."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Ticket:
    number: int
    reg: str
    metal: str
    gross_kg: int
    tare_kg: int

    @property
    def net_kg(self) -> int:
        return self.gross_kg - self.tare_kg


def parse_ticket(line: str) -> Ticket:
    """'1042,AB12 CDE,heavy steel,18420,11260'"""
    parts = [part.strip() for part in line.split(",")]
    if len(parts) != 5:
        raise ValueError(f"expected 5 fields: {line!r}")
    number, reg, metal, gross, tare = parts
    ticket = Ticket(int(number), reg.upper(), metal.lower(), int(gross), int(tare))
    if ticket.tare_kg > ticket.gross_kg:
        raise ValueError(f"ticket {ticket.number}: tare is heavier than gross")
    return ticket
