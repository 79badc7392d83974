"""Taking bookings at the visitor centre desk and on the phone."""

from __future__ import annotations

from datetime import datetime, timedelta

from lighthouse.tours import Booking, Tour

MIN_CLIMB_AGE = 8  # the tower stairs are steep and the gallery rail is low
MAX_PARTY = 6
BOOKING_CLOSES = timedelta(minutes=15)


class BookingRefused(Exception):
    pass


def refusal(tour: Tour, booking: Booking, now: datetime) -> str | None:
    """Why the desk can't take `booking` on `tour`, or None when it can."""
    if not 1 <= booking.party_size <= MAX_PARTY:
        return "party size"
    if now > tour.starts - BOOKING_CLOSES:
        return "booking closed"
    if booking.party_size > tour.places_left():
        return "not enough places"
    if tour.climbs_tower and booking.youngest_age < MIN_CLIMB_AGE:
        return "too young for the tower"
    return None


def book(tour: Tour, booking: Booking, now: datetime) -> None:
    reason = refusal(tour, booking, now)
    if reason is not None:
        raise BookingRefused(reason)
    tour.bookings.append(booking)


def suggest(tours: list[Tour], booking: Booking, now: datetime) -> list[str]:
    """Codes of the tours that could still take `booking`, earliest first."""
    fitting = [tour for tour in tours if refusal(tour, booking, now) is None]
    return [tour.code for tour in sorted(fitting, key=lambda tour: tour.starts)]
