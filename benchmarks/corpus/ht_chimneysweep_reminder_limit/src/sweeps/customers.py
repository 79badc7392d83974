from __future__ import annotations

from dataclasses import dataclass
from datetime import date

SWEEP_MONTHS = {"wood": 6, "oil": 12, "gas": 24}


@dataclass
class Customer:
    name: str
    last_sweep: date
    fuel: str = "wood"
    reminders_sent: int = 0
    last_reminded: date | None = None

    def __post_init__(self) -> None:
        if self.fuel not in SWEEP_MONTHS:
            raise ValueError(f"unknown fuel {self.fuel!r}")

    def swept(self, day: date, fuel: str | None = None) -> None:
        """The chimney was swept on day: the interval starts again from it."""
        self.last_sweep = day
        if fuel is not None:
            self.fuel = fuel
        self.reminders_sent = 0
        self.last_reminded = None
