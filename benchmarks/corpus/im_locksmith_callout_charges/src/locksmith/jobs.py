"""Job sheets filled in on the van's tablet."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass
class Job:
    customer: str
    called_at: datetime  # when the customer rang
    arrived_at: datetime  # when the locksmith got there
    finished_at: datetime
    parts: list[tuple[str, float]] = field(default_factory=list)
    lockout: bool = False  # customer locked out: gaining entry, not a lock change

    def add_part(self, name: str, price: float) -> None:
        if price < 0:
            raise ValueError("a part cannot cost less than nothing")
        self.parts.append((name, price))


def parse_time(text: str) -> datetime:
    return datetime.strptime(text.strip(), "%Y-%m-%d %H:%M")
