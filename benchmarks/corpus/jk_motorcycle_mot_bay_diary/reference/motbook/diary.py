"""The MOT diary at a motorcycle workshop with two test bays. A test takes 45
minutes; customers can start one on any quarter hour the bays are open."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from motbook.clock import format_time, parse_time

BAYS = (1, 2)
OPENS = parse_time("08:30")
CLOSES = parse_time("17:00")
TEST_MINUTES = 45
STEP = 15


@dataclass
class Booking:
    registration: str
    bay: int
    day: date
    start: int
    end: int
    cancelled: bool = False


def bay_free(bookings: list[Booking], bay: int, day: date, start: int, end: int) -> bool:
    for booking in bookings:
        if booking.bay == bay and booking.day == day and not booking.cancelled and booking.start < end and start < booking.end:
            return False
    return True


def free_slots(bookings: list[Booking], day: date) -> list[tuple[str, int]]:
    """Every start time a test still fits, with the first bay free for it."""
    slots = []
    for start in range(OPENS, CLOSES - TEST_MINUTES + 1, STEP):
        for bay in BAYS:
            if bay_free(bookings, bay, day, start, start + TEST_MINUTES):
                slots.append((format_time(start), bay))
                break
    return slots


def book(bookings: list[Booking], registration: str, day: date, start_text: str) -> Booking:
    start = parse_time(start_text)
    if start < OPENS or start + TEST_MINUTES > CLOSES or (start - OPENS) % STEP:
        raise ValueError(f"tests start on the quarter hour between {format_time(OPENS)} and {format_time(CLOSES - TEST_MINUTES)}")
    for bay in BAYS:
        if bay_free(bookings, bay, day, start, start + TEST_MINUTES):
            booking = Booking(registration.upper().replace(" ", ""), bay, day, start, start + TEST_MINUTES)
            bookings.append(booking)
            return booking
    raise ValueError(f"both bays are taken at {start_text} on {day:%a %d %b}")
