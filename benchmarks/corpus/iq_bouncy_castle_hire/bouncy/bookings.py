"""The hire diary: who has which inflatable on which day."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from bouncy.inventory import Item

DELIVERY_FREE_MILES = 10
DELIVERY_PER_MILE = 1.5


@dataclass(frozen=True)
class Booking:
    item: str
    day: date
    customer: str
    indoor: bool = False
    miles: float = 0.0


class AlreadyBooked(Exception):
    pass


class HireBook:
    def __init__(self, catalogue: dict[str, Item]):
        self.catalogue = catalogue
        self.bookings: list[Booking] = []

    def is_free(self, code: str, day: date) -> bool:
        for booking in self.bookings:
            if booking.item == code:
                return False
        return True

    def available_on(self, day: date, indoor: bool = False) -> list[str]:
        """Codes of the items that can go out on the day, for an indoor party or not."""
        return [
            code
            for code, item in sorted(self.catalogue.items())
            if self.is_free(code, day) and (item.indoor_ok or not indoor)
        ]

    def book(self, booking: Booking) -> None:
        if booking.item not in self.catalogue:
            raise KeyError(booking.item)
        if not self.is_free(booking.item, booking.day):
            raise AlreadyBooked(f"{booking.item} is out on {booking.day}")
        self.bookings.append(booking)

    def quote(self, booking: Booking) -> float:
        item = self.catalogue[booking.item]
        extra_miles = max(0.0, booking.miles - DELIVERY_FREE_MILES)
        return round(item.day_rate + extra_miles * DELIVERY_PER_MILE, 2)

    def day_sheet(self, day: date) -> list[tuple[str, str, bool]]:
        """The van's list for the day: customer, item name, whether to load a blower."""
        sheet = []
        for booking in sorted(self.bookings, key=lambda b: (b.customer, b.item)):
            if booking.day == day:
                item = self.catalogue[booking.item]
                sheet.append((booking.customer, item.name, item.needs_blower))
        return sheet
