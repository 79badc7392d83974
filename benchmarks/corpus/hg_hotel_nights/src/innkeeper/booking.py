from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta


@dataclass(frozen=True)
class Booking:
    guest: str
    room: str
    check_in: date
    check_out: date

    def __post_init__(self) -> None:
        if self.check_out <= self.check_in:
            raise ValueError("check-out must be after check-in")

    def nights(self) -> list[date]:
        """The nights of the stay, each named by its date: check-in day up to the day before check-out."""
        return [self.check_in + timedelta(days=n) for n in range((self.check_out - self.check_in).days + 1)]

    def overlaps(self, other: Booking) -> bool:
        return self.room == other.room and bool(set(self.nights()) & set(other.nights()))
