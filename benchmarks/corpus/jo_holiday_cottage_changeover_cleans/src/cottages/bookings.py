"""Bookings as exported from the channel manager (CSV: ref,cottage,guest,arrival,departure,dogs)."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Booking:
    ref: str
    cottage: str
    guest: str
    arrival: date
    departure: date
    dogs: int = 0


def read_bookings(text: str) -> list[Booking]:
    bookings = []
    for row in csv.DictReader(io.StringIO(text.strip())):
        if row.get("status", "confirmed").strip().lower() == "cancelled":
            continue
        booking = Booking(
            row["ref"].strip(),
            row["cottage"].strip(),
            row["guest"].strip(),
            date.fromisoformat(row["arrival"].strip()),
            date.fromisoformat(row["departure"].strip()),
            int(row["dogs"] or 0),
        )
        if booking.departure <= booking.arrival:
            raise ValueError(f"{booking.ref}: departure is not after arrival")
        bookings.append(booking)
    return bookings
