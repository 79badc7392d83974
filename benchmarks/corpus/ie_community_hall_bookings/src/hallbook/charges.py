from __future__ import annotations

from .hall import Booking

HOURLY = {"main hall": 24.00, "small room": 12.00, "kitchen": 8.00}
WEEKEND_UPLIFT = 1.25
CHARITY_DISCOUNT = 0.5


def charge(booking: Booking, charity: bool = False) -> float:
    """Hire charge: hours at the room's rate, more at weekends, half for charities."""
    price = (booking.end - booking.start) * HOURLY[booking.room]
    if booking.day.weekday() >= 5:
        price *= WEEKEND_UPLIFT
    if charity:
        price *= CHARITY_DISCOUNT
    return round(price, 2)
