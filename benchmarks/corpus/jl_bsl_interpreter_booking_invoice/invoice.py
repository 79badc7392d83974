"""Monthly invoices to the agency's clients: GP surgeries, colleges, solicitors."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime

from rates import MILEAGE, MINIMUM_MINUTES, TRAVEL_SHARE, UNSOCIAL_UPLIFT, pounds, rate_for, unsocial


@dataclass
class Booking:
    client: str
    kind: str
    start: datetime
    minutes: int
    travel_minutes: int = 0
    miles: int = 0

    def charge(self) -> int:
        """Pence for the booking. Interpreting time is charged in started quarter hours,
        and at least MINIMUM_MINUTES, with the uplift for unsocial hours; travel time in
        started quarter hours at TRAVEL_SHARE of the rate, without uplift; and mileage."""
        rate = rate_for(self.kind)
        quarters = self.minutes // 15
        billed = min(quarters * 15, MINIMUM_MINUTES)
        fee = rate * billed / 60
        if unsocial(self.start):
            fee *= UNSOCIAL_UPLIFT
        travel = rate * TRAVEL_SHARE * math.ceil(self.travel_minutes / 15) * 15 / 60
        return round(fee + travel) + MILEAGE * self.miles


class Invoice:
    def __init__(self, client: str, number: str):
        self.client = client
        self.number = number
        self.bookings: list[Booking] = []

    def add(self, booking: Booking) -> None:
        if booking.client != self.client:
            raise ValueError(f"booking is for {booking.client}, not {self.client}")
        self.bookings.append(booking)

    def total(self) -> int:
        return sum(booking.charge() for booking in self.bookings)

    def lines(self) -> list[str]:
        lines = [f"Invoice {self.number}: {self.client}"]
        for booking in sorted(self.bookings, key=lambda b: b.start):
            when = booking.start.strftime("%d %b %H:%M")
            lines.append(f"{when}  {booking.kind:<10} {booking.minutes:>4} min  {pounds(booking.charge()):>9}")
        lines.append(f"Total {pounds(self.total())}")
        return lines
