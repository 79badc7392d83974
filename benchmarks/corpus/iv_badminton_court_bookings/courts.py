"""The booking sheet for the badminton courts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from pricing import hourly_rate

OPENS = 7
CLOSES = 22


class BookingError(Exception):
    pass


@dataclass(frozen=True)
class Booking:
    name: str
    court: int
    day: date
    start: int  # hour of the day
    hours: int
    member: bool = False

    @property
    def end(self) -> int:
        return self.start + self.hours


class BookingSheet:
    def __init__(self, courts: int):
        self.courts = courts
        self.bookings: list[Booking] = []

    def is_free(self, court: int, day: date, start: int, hours: int) -> bool:
        return not any(
            b.court == court and b.day == day and b.start < start + hours and start < b.end
            for b in self.bookings
        )

    def free_courts(self, day: date, start: int, hours: int) -> list[int]:
        return [court for court in range(1, self.courts + 1) if self.is_free(court, day, start, hours)]

    def quote(self, day: date, start: int, hours: int, member: bool = False) -> float:
        """The price of a booking: each hour at its own rate, so a booking running
        into the evening pays peak for the evening hours."""
        total = 0.0
        for hour in range(start, start + hours):
            total += hourly_rate(day, start, member)
        return round(total, 2)

    def book(self, name: str, day: date, start: int, hours: int, member: bool = False) -> Booking:
        """Book the lowest-numbered court free for the whole time."""
        if hours < 1 or start < OPENS or start + hours > CLOSES:
            raise BookingError(f"the hall is open {OPENS}:00 to {CLOSES}:00")
        free = self.free_courts(day, start, hours)
        if not free:
            raise BookingError("no court free for that time")
        booking = Booking(name, free[0], day, start, hours, member)
        self.bookings.append(booking)
        return booking

    def cancel(self, booking: Booking) -> None:
        self.bookings.remove(booking)

    def takings(self, day: date) -> float:
        return round(sum(self.quote(b.day, b.start, b.hours, b.member) for b in self.bookings if b.day == day), 2)
