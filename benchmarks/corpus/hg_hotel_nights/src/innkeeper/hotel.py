from __future__ import annotations

from datetime import date

from .booking import Booking

WEEKEND_SURCHARGE = 1.25  # Friday and Saturday nights


class RoomTaken(Exception):
    pass


class Hotel:
    def __init__(self, rates: dict[str, float]) -> None:
        self.rates = dict(rates)
        self.bookings: list[Booking] = []

    def is_free(self, room: str, check_in: date, check_out: date) -> bool:
        wanted = Booking("", room, check_in, check_out)
        return not any(wanted.overlaps(booking) for booking in self.bookings)

    def book(self, guest: str, room: str, check_in: date, check_out: date) -> Booking:
        if room not in self.rates:
            raise KeyError(room)
        booking = Booking(guest, room, check_in, check_out)
        if any(booking.overlaps(other) for other in self.bookings):
            raise RoomTaken(f"{room} is taken")
        self.bookings.append(booking)
        return booking

    def occupied(self, night: date) -> list[str]:
        """Rooms someone sleeps in on the given night."""
        return sorted(b.room for b in self.bookings if night in b.nights())

    def price(self, booking: Booking) -> float:
        rate = self.rates[booking.room]
        total = 0.0
        for night in booking.nights():
            total += rate * WEEKEND_SURCHARGE if night.weekday() in (4, 5) else rate
        return round(total, 2)

    def free_rooms(self, check_in: date, check_out: date) -> list[str]:
        return [room for room in sorted(self.rates) if self.is_free(room, check_in, check_out)]
