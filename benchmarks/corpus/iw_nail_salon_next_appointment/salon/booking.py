"""Finding the next free chair time for a treatment."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from salon.hours import Salon

TREATMENTS = {  # minutes in the chair
    "file and polish": 30,
    "gel manicure": 60,
    "gel removal": 20,
    "pedicure": 45,
    "acrylic full set": 90,
}
LOOK_AHEAD_DAYS = 28


class FullyBooked(Exception):
    pass


@dataclass(frozen=True, order=True)
class Booking:
    start: datetime
    end: datetime
    client: str = ""


def book(booked: list[Booking], start: datetime, treatment: str, client: str) -> Booking:
    booking = Booking(start, start + timedelta(minutes=TREATMENTS[treatment]), client)
    for other in booked:
        if other.start < booking.end and booking.start < other.end:
            raise ValueError(f"clashes with {other.client} at {other.start:%H:%M}")
    booked.append(booking)
    return booking


def next_appointment(salon: Salon, booked: list[Booking], treatment: str, after: datetime) -> datetime:
    """The earliest time at or after `after` when the chair is free for the whole treatment."""
    length = timedelta(minutes=TREATMENTS[treatment])

    def first_free(day):
        start = max(datetime.combine(day, salon.opens), after)
        closes = datetime.combine(day, salon.closes)
        todays = sorted(b for b in booked if b.start.date() == day)
        i = 0
        while start + length <= closes:
            if i == len(todays) or start + length <= todays[i].start:
                return start
            if todays[i].end > start:
                start = todays[i].end
                i += 1
        return None

    day = after.date()
    for _ in range(LOOK_AHEAD_DAYS):
        if salon.is_open(day):
            slot = first_free(day)
            if slot is not None:
                return slot
        day += timedelta(days=1)
    raise FullyBooked(treatment)
