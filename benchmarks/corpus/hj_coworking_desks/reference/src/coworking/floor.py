"""The floor plan's desks and the day's bookings on them."""

from __future__ import annotations

from coworking.booking import Booking


class DeskTaken(Exception):
    pass


class Floor:
    def __init__(self, desks: list[str]) -> None:
        self.desks = list(desks)
        self.bookings: list[Booking] = []

    def is_free(self, desk: str, start: int, end: int) -> bool:
        """Whether no booking of the desk overlaps start-end (minutes; a booking
        may start when the previous one ends)."""
        if desk not in self.desks:
            raise KeyError(desk)
        for booking in self.bookings:
            if booking.desk == desk and booking.start < end and start < booking.end:
                return False
        return True

    def book(self, booking: Booking) -> None:
        if not self.is_free(booking.desk, booking.start, booking.end):
            raise DeskTaken(f"{booking.desk} is taken then")
        self.bookings.append(booking)

    def cancel(self, desk: str, member: str) -> int:
        kept = [b for b in self.bookings if not (b.desk == desk and b.member == member)]
        cancelled = len(self.bookings) - len(kept)
        self.bookings = kept
        return cancelled

    def free_desks(self, start: int, end: int) -> list[str]:
        return [desk for desk in self.desks if self.is_free(desk, start, end)]

    def schedule(self, member: str) -> list[tuple[str, int, int]]:
        mine = [b for b in self.bookings if b.member == member]
        return sorted((b.desk, b.start, b.end) for b in mine)
