"""Bookings on the site. A stay runs from the arrival day to the departure day:
the unit leaves on the morning of `leave`, so the pitch is free again that night."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from campsite.pitches import Pitch


class BookingError(Exception):
    pass


@dataclass(frozen=True)
class Booking:
    code: str
    guest: str
    arrive: date
    leave: date

    @property
    def nights(self) -> int:
        return (self.leave - self.arrive).days


class Campsite:
    def __init__(self, pitches: list[Pitch]) -> None:
        self.pitches = {pitch.code: pitch for pitch in pitches}
        self.bookings: list[Booking] = []

    def is_free(self, code: str, arrive: date, leave: date) -> bool:
        """Whether no booking of this pitch shares a night with arrive..leave."""
        for booking in self.bookings:
            if booking.code == code and booking.arrive < leave:
                return False
        return True

    def free_pitches(self, arrive: date, leave: date, length: float = 0.0, electric: bool = False) -> list[str]:
        """Codes of the pitches that fit the unit and are free for the stay, in code order."""
        return sorted(
            code for code, pitch in self.pitches.items()
            if pitch.max_length >= length and (pitch.electric or not electric) and self.is_free(code, arrive, leave)
        )

    def book(self, code: str, guest: str, arrive: date, leave: date) -> Booking:
        if code not in self.pitches:
            raise BookingError(f"no pitch {code}")
        if leave <= arrive:
            raise BookingError("a stay is at least one night")
        if not self.is_free(code, arrive, leave):
            raise BookingError(f"pitch {code} is taken")
        booking = Booking(code, guest, arrive, leave)
        self.bookings.append(booking)
        return booking

    def cancel(self, code: str, arrive: date) -> None:
        self.bookings = [b for b in self.bookings if not (b.code == code and b.arrive == arrive)]

    def occupancy(self, night: date) -> float:
        """Share of the pitches taken on the given night."""
        taken = sum(1 for b in self.bookings if b.arrive <= night < b.leave)
        return taken / len(self.pitches) if self.pitches else 0.0
