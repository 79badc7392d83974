"""What happens to deposits when sessions are cancelled.

A client who cancels at least NOTICE_DAYS before the session gets the deposit back;
later than that the deposit is kept to pay for the artist's lost day. When the studio
cancels (an artist off sick, a flood in the back room) the client is always refunded.
"""

from __future__ import annotations

from studio.bookings import Booking

NOTICE_DAYS = 2


def refunds_due(bookings: list[Booking]) -> list[tuple[str, float]]:
    """(client, deposit) for every cancelled session whose deposit goes back, in date order."""
    refunds = []
    for booking in sorted(bookings, key=lambda b: (b.day, b.client)):
        if booking.cancelled_on is None or booking.deposit <= 0:
            continue
        notice = (booking.day - booking.cancelled_on).days
        if notice >= NOTICE_DAYS:
            refunds.append((booking.client, booking.deposit))
    return refunds


def kept_deposits(bookings: list[Booking]) -> float:
    """The deposits the studio keeps from late cancellations."""
    taken = sum(booking.deposit for booking in bookings if booking.cancelled_on is not None)
    returned = sum(deposit for _, deposit in refunds_due(bookings))
    return round(taken - returned, 2)


def artist_hours(bookings: list[Booking]) -> dict[str, float]:
    """Hours booked per artist, leaving out cancelled sessions."""
    hours: dict[str, float] = {}
    for booking in bookings:
        if booking.cancelled_on is None:
            hours[booking.artist] = hours.get(booking.artist, 0.0) + booking.hours
    return hours
