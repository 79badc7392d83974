"""The appointment book, kept as a plain text file at the till.

    09:00 Tom Skin fade
      wants it shorter on top this time
    09:30 Ali Beard trim
    # lunch 12:30-13:15
    13:15 Tom Hot towel shave

Each appointment is a time, the barber and the service; indented lines under it
are notes. Blank lines and '#' lines are ignored.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time


@dataclass(frozen=True)
class Appointment:
    at: time
    barber: str
    service: str
    notes: tuple[str, ...] = ()


def parse_time(text: str) -> time:
    hours, _, minutes = text.partition(":")
    return time(int(hours), int(minutes or 0))


def read_book(text: str) -> list[Appointment]:
    lines = text.splitlines()
    appointments = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if not line.strip() or line.startswith("#"):
            i += 1
            continue
        if line[0].isspace():
            raise ValueError(f"line {i + 1}: a note with no appointment above it")
        fields = line.split(maxsplit=2)
        if len(fields) < 3:
            raise ValueError(f"line {i + 1}: expected a time, a barber and a service")
        when, barber, service = fields
        i += 1
        notes = []
        while i < len(lines) and lines[i][:1].isspace() and lines[i].strip():
            notes.append(lines[i].strip())
            i += 1
        appointments.append(Appointment(parse_time(when), barber, service.strip(), tuple(notes)))
    return appointments
