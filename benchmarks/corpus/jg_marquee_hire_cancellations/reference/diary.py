"""The bookings diary of a small marquee hire firm."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

FULL_REFUND_DAYS = 28  # cancelled four weeks or more ahead: the deposit back in full
HALF_REFUND_DAYS = 14  # two to four weeks ahead: half of it; any later, none


class DiaryError(Exception):
    pass


@dataclass(frozen=True)
class Booking:
    ref: str
    customer: str
    marquee: str  # size, e.g. "6x9"
    event_day: date


class HireDiary:
    def __init__(self, fleet: dict[str, int]):
        self.fleet = dict(fleet)  # marquee size -> how many the firm owns
        self.bookings: dict[str, Booking] = {}
        self.deposits: dict[str, float] = {}  # regulars and the parish council pay on invoice
        self._next_ref = 1

    def available(self, marquee: str, day: date) -> int:
        taken = sum(1 for b in self.bookings.values() if b.marquee == marquee and b.event_day == day)
        return self.fleet.get(marquee, 0) - taken

    def book(self, customer: str, marquee: str, event_day: date, deposit: float = 0.0) -> str:
        if marquee not in self.fleet:
            raise DiaryError(f"we have no {marquee} marquees")
        if self.available(marquee, event_day) < 1:
            raise DiaryError(f"every {marquee} is out on {event_day:%d %B}")
        ref = f"M{self._next_ref:04d}"
        self._next_ref += 1
        self.bookings[ref] = Booking(ref, customer, marquee, event_day)
        if deposit:
            self.deposits[ref] = deposit
        return ref

    def cancel(self, ref: str, today: date) -> float:
        """Cancels a booking, freeing its marquee, and returns the deposit refund owed."""
        booking = self.bookings.pop(ref, None)
        if booking is None:
            raise DiaryError(f"no booking {ref}")
        paid = self.deposits.pop(ref, 0.0)
        notice = (booking.event_day - today).days
        if notice >= FULL_REFUND_DAYS:
            return paid
        if notice >= HALF_REFUND_DAYS:
            return round(paid / 2, 2)
        return 0.0

    def loading_list(self, day: date) -> list[str]:
        """What goes on the lorry for the day's events, by size then customer."""
        going = sorted((b.marquee, b.customer) for b in self.bookings.values() if b.event_day == day)
        return [f"{marquee} for {customer}" for marquee, customer in going]
