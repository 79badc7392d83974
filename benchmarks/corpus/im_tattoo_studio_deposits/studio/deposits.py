"""How much of a deposit goes back when a client cancels."""

from __future__ import annotations

from datetime import datetime

from studio.bookings import Booking

FULL_REFUND_HOURS = 72
PART_REFUND_HOURS = 24
PART_REFUND_SHARE = 0.5


def refund_due(booking: Booking, cancelled_at: datetime) -> float:
    """The whole deposit back with three days' notice, as long as the artist has not
    started on a custom design; half of it with a day's notice (or with three days'
    notice once drawing has started); nothing later than that."""
    if booking.deposit <= 0:
        return 0.0
    hours = (booking.start - cancelled_at).total_seconds() / 3600
    if hours >= FULL_REFUND_HOURS:
        return booking.deposit
    if hours >= PART_REFUND_HOURS:
        return round(booking.deposit * PART_REFUND_SHARE, 2)
    return 0.0


def cancellation_summary(cancellations: list[tuple[Booking, datetime]]) -> dict[str, float]:
    """Refunded and kept deposit money over a batch of cancellations, per artist kept."""
    refunded = 0.0
    kept: dict[str, float] = {}
    for booking, cancelled_at in cancellations:
        back = refund_due(booking, cancelled_at)
        refunded += back
        kept[booking.artist] = round(kept.get(booking.artist, 0.0) + booking.deposit - back, 2)
    return {"refunded": round(refunded, 2), **{f"kept:{artist}": amount for artist, amount in sorted(kept.items())}}
