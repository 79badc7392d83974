"""Bookings as the studio diary holds them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

RATES = {"Jo": 120.0, "Kai": 100.0, "Rosa": 150.0}  # per hour
DEPOSIT_SHARE = 0.25
MIN_DEPOSIT = 50.0


@dataclass
class Booking:
    client: str
    artist: str
    start: datetime
    hours: float
    deposit: float = 0.0
    reschedules: int = 0
    cancelled_at: datetime | None = None

    @property
    def price(self) -> float:
        return round(RATES[self.artist] * self.hours, 2)


def book(client: str, artist: str, start: datetime, hours: float) -> Booking:
    """A new booking, with the deposit the client pays to hold the slot."""
    if artist not in RATES:
        raise KeyError(f"{artist} does not work here")
    if hours <= 0:
        raise ValueError("a session lasts some time")
    booking = Booking(client, artist, start, hours)
    booking.deposit = max(MIN_DEPOSIT, round(booking.price * DEPOSIT_SHARE, 2))
    return booking
