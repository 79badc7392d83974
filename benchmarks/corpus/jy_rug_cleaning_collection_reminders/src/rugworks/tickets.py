"""Rug tickets, as kept in the works' ticket book (exported as CSV)."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date


@dataclass
class Ticket:
    number: int
    customer: str
    rugs: int
    ready_on: date | None  # dry, trimmed and rolled; None while still in the wash
    collected_on: date | None = None
    paid: bool = False  # some customers pay when they drop off


def _date(text: str) -> date | None:
    text = text.strip()
    return date.fromisoformat(text) if text else None


def read_tickets(text: str) -> list[Ticket]:
    """CSV with columns number,customer,rugs,ready_on,collected_on,paid (paid is y or n)."""
    tickets = []
    for row in csv.DictReader(io.StringIO(text.strip())):
        tickets.append(Ticket(
            int(row["number"]),
            row["customer"].strip(),
            int(row["rugs"]),
            _date(row["ready_on"]),
            _date(row["collected_on"]),
            row["paid"].strip().lower() == "y",
        ))
    return tickets
