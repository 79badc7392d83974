"""Support tickets as the queue export gives them."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

PRIORITIES = ("P1", "P2", "P3", "P4")
STATUSES = ("open", "pending", "closed")  # pending: waiting on the customer


@dataclass
class Ticket:
    id: int
    priority: str
    opened: datetime.datetime
    status: str = "open"
    assignee: str | None = None

    def __post_init__(self) -> None:
        if self.priority not in PRIORITIES or self.status not in STATUSES:
            raise ValueError(f"ticket {self.id}: bad priority or status")


def from_row(row: dict[str, str]) -> Ticket:
    return Ticket(
        id=int(row["id"]),
        priority=row["priority"].upper(),
        opened=datetime.datetime.fromisoformat(row["opened"]),
        status=row.get("status", "open").lower(),
        assignee=row.get("assignee") or None,
    )
