"""Sessions as they come out of the studio's booking book."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass
class Booking:
    client: str
    artist: str
    day: date
    hours: float
    deposit: float
    cancelled_on: date | None = None
    cancelled_by: str = ""  # "client" or "studio" once cancelled


def parse_booking(line: str) -> Booking:
    """'client;artist;YYYY-MM-DD;hours;deposit[;cancelled_on;cancelled_by]'"""
    parts = [part.strip() for part in line.split(";")]
    if len(parts) not in (5, 7):
        raise ValueError(f"bad booking line: {line!r}")
    client, artist, day, hours, deposit = parts[:5]
    booking = Booking(client, artist, date.fromisoformat(day), float(hours), float(deposit))
    if len(parts) == 7:
        booking.cancelled_on = date.fromisoformat(parts[5])
        booking.cancelled_by = parts[6].lower()
    return booking


def cancel(booking: Booking, on: date, by: str = "client") -> None:
    if booking.cancelled_on is not None:
        raise ValueError(f"{booking.client} on {booking.day} is already cancelled")
    booking.cancelled_on = on
    booking.cancelled_by = by
