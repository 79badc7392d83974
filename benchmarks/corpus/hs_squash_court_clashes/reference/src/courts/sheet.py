"""One day's booking sheet at the squash club: who plays on which court, and when."""

from __future__ import annotations

from dataclasses import dataclass

from courts.times import format_time, parse_time

OPENS = 7 * 60
CLOSES = 22 * 60


class BookingError(ValueError):
    pass


@dataclass(frozen=True)
class Booking:
    court: int
    start: int
    end: int
    member: str

    def __str__(self) -> str:
        return f"court {self.court} {format_time(self.start)}-{format_time(self.end)} {self.member}"


class DaySheet:
    def __init__(self, courts: int) -> None:
        self.courts = courts
        self.bookings: list[Booking] = []

    def clashes(self, court: int, start: int, end: int) -> list[Booking]:
        """The bookings on this court that overlap [start, end); a booking that
        ends when another starts does not clash with it."""
        found = []
        for booking in self.bookings:
            if booking.court == court and booking.start < end and start < booking.end:
                found.append(booking)
        return found

    def book(self, court: int, start: str, end: str, member: str) -> Booking:
        first, last = parse_time(start), parse_time(end)
        if not 1 <= court <= self.courts:
            raise BookingError(f"no court {court}")
        if first >= last or first < OPENS or last > CLOSES:
            raise BookingError(f"{start}-{end} is outside opening hours")
        if self.clashes(court, first, last):
            raise BookingError(f"court {court} is taken at {start}")
        booking = Booking(court, first, last, member)
        self.bookings.append(booking)
        return booking

    def free_courts(self, start: str, end: str) -> list[int]:
        first, last = parse_time(start), parse_time(end)
        return [court for court in range(1, self.courts + 1) if not self.clashes(court, first, last)]

    def cancel(self, member: str) -> int:
        """Drops every booking of member; how many there were."""
        before = len(self.bookings)
        self.bookings = [booking for booking in self.bookings if booking.member != member]
        return before - len(self.bookings)

    def lines(self) -> list[str]:
        return [str(booking) for booking in sorted(self.bookings, key=lambda b: (b.court, b.start))]
