from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta


@dataclass(frozen=True)
class Stay:
    room_code: str
    check_in: date
    check_out: date
    guests: int = 1

    def nights(self) -> list[date]:
        """The dates of the nights of the stay (a night belongs to the day it starts)."""
        if self.check_out <= self.check_in:
            raise ValueError("check-out must come after check-in")
        return [self.check_in + timedelta(days=n) for n in range((self.check_out - self.check_in).days)]
