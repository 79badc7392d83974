"""Appointments as the front desk keeps them in the booking sheet."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass
class Booking:
    client: str
    artist: str
    start: datetime
    deposit: float = 0.0
    design_started: bool = False  # the artist has begun drawing a custom piece


def parse_booking(line: str) -> Booking:
    """'client;artist;YYYY-MM-DD HH:MM;deposit;design' where design is 'y' once the
    artist has started drawing. The deposit may be left empty for walk-ins."""
    fields = [field.strip() for field in line.split(";")]
    if len(fields) != 5:
        raise ValueError(f"expected 5 fields: {line!r}")
    client, artist, start, deposit, design = fields
    return Booking(
        client,
        artist,
        datetime.strptime(start, "%Y-%m-%d %H:%M"),
        float(deposit) if deposit else 0.0,
        design.lower() == "y",
    )
