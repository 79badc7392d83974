"""What a stay costs."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from .rooms import ROOMS, RoomType
from .stays import Stay

WEEKEND = (4, 5)  # Friday and Saturday nights
LONG_STAY_NIGHTS = 7
LONG_STAY_DISCOUNT = Decimal("0.10")  # off the room rate, not the extra guests


def price_stay(stay: Stay, rooms: dict[str, RoomType] = ROOMS) -> Decimal:
    """The price of the stay: each night at the weekday or weekend rate, less 10% for
    stays of a week or more, plus the fee for each guest beyond those the rate includes."""
    room = rooms[stay.room_code]
    if not 1 <= stay.guests <= room.sleeps:
        raise ValueError(f"the {room.name} sleeps {room.sleeps}")
    nights = stay.nights()
    rate = sum((room.weekend_rate if night.weekday() in WEEKEND else room.weekday_rate for night in nights),
               Decimal(0))
    if len(nights) >= LONG_STAY_NIGHTS:
        rate -= rate * LONG_STAY_DISCOUNT
    extra_guests = max(stay.guests - room.sleeps, 0)
    total = rate + extra_guests * room.extra_guest_fee * len(nights)
    return total.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def price_breakdown(stay: Stay, rooms: dict[str, RoomType] = ROOMS) -> str:
    room = rooms[stay.room_code]
    nights = len(stay.nights())
    return f"{room.name}, {nights} night{'s' if nights != 1 else ''}, {stay.guests} guest(s): {price_stay(stay, rooms)}"
