"""Bookings for the forging courses. A booking is held for HOLD_DAYS while the
deposit comes in; a hold that runs out no longer keeps its places, and the
office chases it before letting the places go to the waiting list."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from forgecourse.courses import Course

HOLD_DAYS = 7


@dataclass
class Booking:
    ref: str
    course: str
    people: int
    status: str = "held"  # "held", "paid" or "cancelled"
    hold_until: date | None = None

    def lapsed(self, today: date) -> bool:
        """A hold whose last day has gone by without the deposit."""
        return self.status == "held" and self.hold_until is not None and self.hold_until < today


def places_left(course: Course, bookings: list[Booking], today: date) -> int:
    taken = 0
    for booking in bookings:
        if booking.course == course.code and booking.status != "cancelled" and not booking.lapsed(today):
            taken += booking.people
    return max(course.places - taken, 0)


def book(course: Course, bookings: list[Booking], ref: str, people: int, today: date) -> Booking:
    if course.day <= today:
        raise ValueError(f"{course.code} has already run")
    if people < 1:
        raise ValueError("a booking is for one person or more")
    if people > places_left(course, bookings, today):
        raise ValueError(f"not enough places left on {course.code}")
    booking = Booking(ref, course.code, people, "held", min(today + timedelta(days=HOLD_DAYS), course.day))
    bookings.append(booking)
    return booking


def pay(bookings: list[Booking], ref: str) -> None:
    for booking in bookings:
        if booking.ref == ref and booking.status != "cancelled":
            booking.status = "paid"
            booking.hold_until = None
            return
    raise KeyError(ref)


def to_chase(bookings: list[Booking], today: date) -> list[str]:
    """Refs of the holds that have run out, for the office to ring round."""
    return sorted(booking.ref for booking in bookings if booking.lapsed(today))
