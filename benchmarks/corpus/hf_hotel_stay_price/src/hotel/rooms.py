"""The room types on sale, with their nightly rates."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class RoomType:
    code: str
    name: str
    weekday_rate: Decimal
    weekend_rate: Decimal  # Friday and Saturday nights
    included_guests: int  # guests the rate is for
    sleeps: int  # at most, with extra beds
    extra_guest_fee: Decimal = Decimal("0")  # a night, for each guest beyond those included


ROOMS = {
    room.code: room
    for room in (
        RoomType("SGL", "Single", Decimal("79"), Decimal("95"), included_guests=1, sleeps=1),
        RoomType("DBL", "Double", Decimal("109"), Decimal("129"), included_guests=2, sleeps=3,
                 extra_guest_fee=Decimal("25")),
        RoomType("FAM", "Family room", Decimal("149"), Decimal("169"), included_guests=2, sleeps=5,
                 extra_guest_fee=Decimal("18.50")),
        RoomType("STE", "Suite", Decimal("240"), Decimal("280"), included_guests=3, sleeps=4,
                 extra_guest_fee=Decimal("40")),
    )
}
