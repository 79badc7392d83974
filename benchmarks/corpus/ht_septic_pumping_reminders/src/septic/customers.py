from __future__ import annotations

from dataclasses import dataclass
from datetime import date

PUMP_MONTHS = {"guesthouse": 6, "family": 12, "cottage": 24}


@dataclass
class Customer:
    name: str
    last_pumped: date
    usage: str = "family"
    reminders_sent: int = 0
    last_reminded: date | None = None

    def __post_init__(self) -> None:
        if self.usage not in PUMP_MONTHS:
            raise ValueError(f"unknown usage {self.usage!r}")

    def pumped(self, day: date, usage: str | None = None) -> None:
        """The tank was emptied on day: the interval starts again from it."""
        self.last_pumped = day
        if usage is not None:
            self.usage = usage
        self.reminders_sent = 0
        self.last_reminded = None
