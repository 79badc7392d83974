"""What a stay costs. Nightly rates by size; Friday and Saturday nights carry a
surcharge; a second dog of the same family in the same run pays half."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from .bookings import Booking

NIGHTLY = {"small": Decimal("28.00"), "medium": Decimal("34.00"), "large": Decimal("42.00")}
WEEKEND_SURCHARGE = Decimal("6.00")
WEEKEND_NIGHTS = (4, 5)  # Friday, Saturday


def stay_price(booking: Booking, sharing: bool = False) -> Decimal:
    rate = NIGHTLY[booking.size]
    total = Decimal("0.00")
    night = booking.check_in
    while night < booking.check_out:
        price = rate
        if booking.check_in.weekday() in WEEKEND_NIGHTS:
            price += WEEKEND_SURCHARGE
        total += price
        night += timedelta(days=1)
    if sharing:
        total = (total / 2).quantize(Decimal("0.01"))
    return total


def invoice(bookings: list[Booking], family: str) -> list[tuple[str, Decimal]]:
    """One line per dog; every dog after the first shares a run."""
    lines = []
    for i, booking in enumerate(sorted(bookings, key=lambda b: (b.check_in, b.dog))):
        lines.append((booking.dog, stay_price(booking, sharing=i > 0)))
    lines.append((f"total for {family}", sum((price for _, price in lines), Decimal("0.00"))))
    return lines
