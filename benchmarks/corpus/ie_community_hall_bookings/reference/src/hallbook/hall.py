from __future__ import annotations

from dataclasses import dataclass
from datetime import date


class BookingError(Exception):
    pass


@dataclass(frozen=True)
class Booking:
    hirer: str
    room: str
    day: date
    start: int
    end: int


class Hall:
    """A hall with rooms booked by the whole hour, between OPENS and CLOSES."""

    OPENS = 8
    CLOSES = 22

    def __init__(self, name: str, rooms: tuple[str, ...] = ("main hall",)) -> None:
        self.name = name
        self.rooms = set(rooms)
        self.bookings: list[Booking] = []

    def is_free(self, room: str, day: date, start: int, end: int) -> bool:
        """True when no booking of `room` on `day` overlaps the hours from `start`
        to `end`. Bookings that only meet, one ending at the hour the other
        starts, do not overlap."""
        for booking in self.bookings:
            if booking.room != room or booking.day != day:
                continue
            if booking.start < end and booking.end > start:
                return False
        return True

    def book(self, hirer: str, room: str, day: date, start: int, end: int) -> Booking:
        if room not in self.rooms:
            raise BookingError(f"no room called {room!r}")
        if not self.OPENS <= start < end <= self.CLOSES:
            raise BookingError(f"{start}:00-{end}:00 is outside opening hours")
        if not self.is_free(room, day, start, end):
            raise BookingError(f"{room} is already booked then")
        booking = Booking(hirer, room, day, start, end)
        self.bookings.append(booking)
        return booking

    def day_sheet(self, day: date) -> list[str]:
        """The caretaker's list for a day: `start-end room: hirer`, by start time."""
        todays = sorted((b for b in self.bookings if b.day == day), key=lambda b: (b.start, b.room))
        return [f"{b.start:02d}-{b.end:02d} {b.room}: {b.hirer}" for b in todays]
