"""Lane bookings for a day: clashes, free start times and how busy each lane is."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time

from lanes import LANES, SLOT_MINUTES, SLOTS_PER_DAY, slot_index, slot_time


@dataclass(frozen=True)
class Booking:
    lane: int
    start: time
    end: time
    party: str


def parse_booking(text: str) -> Booking:
    """'lane 2 18:00-19:30 Hen party' as it is typed into the diary."""
    word, lane, hours, *party = text.split()
    start, _, end = hours.partition("-")
    booking = Booking(int(lane), time.fromisoformat(start), time.fromisoformat(end), " ".join(party))
    if word.lower() != "lane" or booking.lane not in LANES:
        raise ValueError(f"no such lane: {text!r}")
    if booking.end <= booking.start:
        raise ValueError(f"booking ends before it starts: {text!r}")
    return booking


def taken_slots(booking: Booking) -> range:
    """The slots the booking holds its lane for."""
    first = slot_index(booking.start)
    last = slot_index(booking.end)
    return range(first, last)


def clashes(bookings: list[Booking], new: Booking) -> list[Booking]:
    wanted = set(taken_slots(new))
    return [b for b in bookings if b.lane == new.lane and wanted & set(taken_slots(b))]


def free_starts(bookings: list[Booking], lane: int, minutes: int) -> list[time]:
    """The times a party could start a session of `minutes` on `lane`."""
    taken: set[int] = set()
    for booking in bookings:
        if booking.lane == lane:
            taken.update(taken_slots(booking))
    needed = -(-minutes // SLOT_MINUTES)
    return [
        slot_time(first)
        for first in range(SLOTS_PER_DAY - needed + 1)
        if not taken & set(range(first, first + needed))
    ]


def hours_booked(bookings: list[Booking]) -> dict[int, float]:
    hours = {lane: 0.0 for lane in LANES}
    for booking in bookings:
        hours[booking.lane] += len(taken_slots(booking)) * SLOT_MINUTES / 60
    return hours
