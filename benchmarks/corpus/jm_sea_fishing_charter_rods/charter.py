"""Trips on the charter boats out of the harbour. Anglers book by the rod; a trip
the skipper calls off for weather is kept on the books, marked called off."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

KINDS = ("wreck", "reef", "mackerel")


@dataclass
class Booking:
    name: str
    rods: int
    cancelled: bool = False


@dataclass
class Trip:
    day: date
    boat: str
    kind: str
    rods: int  # rods the boat takes on this kind of trip
    bookings: list[Booking] = field(default_factory=list)
    called_off: bool = False

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown kind of trip {self.kind!r}")

    def book(self, name: str, rods: int) -> None:
        """The desk checks for room (availability.trips_with_room) before booking."""
        if rods < 1:
            raise ValueError("a booking is for one rod or more")
        self.bookings.append(Booking(name, rods))

    def cancel(self, name: str) -> None:
        for booking in self.bookings:
            if booking.name == name and not booking.cancelled:
                booking.cancelled = True
                return
        raise KeyError(f"{name} has no booking on {self.boat} on {self.day}")
