"""What artist alley tables cost."""

from __future__ import annotations

from bookings import Booking, Convention

TABLE_RATE = 60.00
EXTRA_TABLE_RATE = 40.00  # the third table onwards
EARLY_BIRD_DISCOUNT = 0.15  # off the tables, not the power
POWER = 10.00


def table_fee(booking: Booking, con: Convention) -> float:
    """The first two tables at the full rate and the third onwards at the extra rate,
    15% off if booked on or before the early-bird date, plus the power socket. Charity
    tables are free."""
    if booking.charity:
        return 0.0
    full = min(booking.tables, 2)
    extra = max(0, booking.tables - 3)
    tables = full * TABLE_RATE + extra * EXTRA_TABLE_RATE
    if booking.booked_on < con.early_bird:
        tables *= 1 - EARLY_BIRD_DISCOUNT
    return round(tables + (POWER if booking.power else 0.0), 2)


def takings(bookings: list[Booking], con: Convention) -> float:
    return round(sum(table_fee(booking, con) for booking in bookings), 2)


def tables_left(bookings: list[Booking], con: Convention) -> int:
    return con.tables - sum(booking.tables for booking in bookings)
