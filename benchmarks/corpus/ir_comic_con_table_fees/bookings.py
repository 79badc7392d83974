"""Artist alley bookings for the convention, as exported from the booking form."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Convention:
    name: str
    opens: date
    early_bird: date  # the last day of early-bird prices
    tables: int  # tables in the artist alley


@dataclass(frozen=True)
class Booking:
    artist: str
    booked_on: date
    tables: int
    power: bool = False
    charity: bool = False


def load_bookings(text: str) -> list[Booking]:
    """CSV with the columns artist,booked_on,tables,power,charity; power and charity are 'y' or empty."""
    bookings = []
    for row in csv.DictReader(io.StringIO(text.strip())):
        bookings.append(
            Booking(
                row["artist"].strip(),
                date.fromisoformat(row["booked_on"].strip()),
                int(row["tables"]),
                row["power"].strip().lower() == "y",
                row["charity"].strip().lower() == "y",
            )
        )
    return bookings
