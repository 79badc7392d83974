"""Quotes for a marquee hire, from the size and style of the party."""

from __future__ import annotations

import math
from dataclasses import dataclass

from marquee.catalogue import (
    BAY_LENGTH,
    BAY_PRICES,
    CHAIR,
    EXTRA_DAY,
    FLOOR_PER_M2,
    LIGHTS_PER_BAY,
    MIN_BAYS,
    SEATED_M2,
    STANDING_M2,
    TABLE,
    dance_floor_area,
)


@dataclass(frozen=True)
class Booking:
    guests: int
    width: int = 9
    seated: bool = True
    dance_floor: bool = False
    flooring: bool = True
    days: int = 1


def quote(booking: Booking) -> dict[str, float]:
    if booking.width not in BAY_PRICES:
        raise ValueError(f"we have no {booking.width} m marquee; widths are {sorted(BAY_PRICES)}")
    if booking.guests < 1 or booking.days < 1:
        raise ValueError("a booking needs guests and at least one day")

    def bays(area: float) -> int:
        """Enough bays across the chosen width to cover the area, and never fewer
        than the two gable ends."""
        length = area / booking.width
        count = math.ceil(length / BAY_LENGTH)
        return max(count, MIN_BAYS)

    area = booking.guests * (SEATED_M2 if booking.seated else STANDING_M2)
    if booking.dance_floor:
        area += dance_floor_area(booking.guests)
    count = bays(area)
    days = 1 + EXTRA_DAY * (booking.days - 1)
    lines = {
        "bays": count,
        "frame and cover": count * BAY_PRICES[booking.width] * days,
        "flooring": count * BAY_LENGTH * booking.width * FLOOR_PER_M2 if booking.flooring else 0.0,
        "lighting": count * LIGHTS_PER_BAY,
        "furniture": booking.guests * CHAIR + math.ceil(booking.guests / 10) * TABLE if booking.seated else 0.0,
    }
    lines["total"] = round(sum(value for key, value in lines.items() if key != "bays"), 2)
    return lines
