"""The deposit policy printed on the back of every booking card."""

from __future__ import annotations

from datetime import datetime, timedelta

from studio.bookings import Booking

NOTICE = timedelta(hours=48)
# A booking can be moved once, with the same notice as a cancellation.
MAX_RESCHEDULES = 1


class PolicyError(Exception):
    pass


def can_reschedule(booking: Booking, now: datetime) -> bool:
    return (
        booking.cancelled_at is None
        and booking.start - now >= NOTICE
        and booking.reschedules < MAX_RESCHEDULES
    )


def reschedule(booking: Booking, new_start: datetime, now: datetime) -> None:
    if not can_reschedule(booking, now):
        raise PolicyError(f"{booking.client}'s booking can no longer be moved")
    booking.start = new_start
    booking.reschedules += 1


def cancel(booking: Booking, now: datetime) -> float:
    """Cancel the booking at `now` and return the deposit refunded: all of it when
    the client gives at least 48 hours' notice, nothing with less."""
    if booking.cancelled_at is not None:
        raise PolicyError(f"{booking.client}'s booking is already cancelled")
    booking.cancelled_at = now
    if booking.start - now >= NOTICE and booking.reschedules < MAX_RESCHEDULES:
        return booking.deposit
    return 0.0


def balance_due(booking: Booking) -> float:
    """What the client pays on the day: the session less the deposit."""
    return round(max(booking.price - booking.deposit, 0.0), 2)
