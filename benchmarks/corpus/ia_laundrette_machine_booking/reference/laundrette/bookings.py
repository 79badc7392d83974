"""The booking sheet behind the counter: customers book a washer or a dryer for a
stretch of the day, in minutes after opening."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Booking:
    machine: str  # "W1".."W8" washers, "D1".."D4" dryers
    customer: str
    start: int  # minutes after opening
    end: int


class BookingError(Exception):
    pass


class BookingSheet:
    def __init__(self, machines: list[str]) -> None:
        self.machines = list(machines)
        self.bookings: list[Booking] = []

    def is_free(self, machine: str, start: int, end: int) -> bool:
        """Whether nobody has the machine for any minute from start up to end."""
        for booking in self.bookings:
            if booking.machine == machine and booking.start < end and start < booking.end:
                return False
        return True

    def book(self, machine: str, customer: str, start: int, end: int) -> Booking:
        if machine not in self.machines:
            raise BookingError(f"no machine {machine}")
        if end <= start:
            raise BookingError("a booking must last at least a minute")
        if not self.is_free(machine, start, end):
            raise BookingError(f"{machine} is taken then")
        booking = Booking(machine, customer, start, end)
        self.bookings.append(booking)
        return booking

    def free_machines(self, kind: str, start: int, end: int) -> list[str]:
        """The machines of a kind ("W" or "D") free for the whole stretch."""
        return [m for m in self.machines if m.startswith(kind) and self.is_free(m, start, end)]

    def cancel(self, customer: str) -> int:
        """Drops the customer's bookings; how many there were."""
        kept = [b for b in self.bookings if b.customer != customer]
        dropped = len(self.bookings) - len(kept)
        self.bookings = kept
        return dropped
