"""Airport pick-ups for a small private hire firm: when to meet each booking at
arrivals, and which car goes."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta

HAND_LUGGAGE = timedelta(minutes=25)  # passport control only
HOLD_BAGS = timedelta(minutes=45)  # and the baggage hall
ROUND_TRIP = timedelta(hours=2, minutes=30)  # airport to town and back


@dataclass(frozen=True)
class Flight:
    number: str
    scheduled: datetime
    expected: datetime  # off the arrivals board; the schedule until the board says otherwise


@dataclass(frozen=True)
class Booking:
    ref: str
    name: str
    flight: str
    passengers: int
    hold_bags: int = 0


class Dispatcher:
    def __init__(self, cars: dict[str, int]):
        self.cars = dict(cars)  # registration -> passenger seats
        self.flights: dict[str, Flight] = {}

    def add_flight(self, number: str, scheduled: datetime) -> None:
        self.flights[number] = Flight(number, scheduled, scheduled)

    def board(self, number: str, expected: datetime) -> None:
        """The arrivals board has a new time for the flight."""
        self.flights[number] = replace(self.flights[number], expected=expected)

    def pickup_time(self, booking: Booking) -> datetime:
        """When the driver should be at the meeting point: when the flight is due in,
        plus the time to get through arrivals, on the next five minutes."""
        flight = self.flights[booking.flight]
        at = flight.expected + (HOLD_BAGS if booking.hold_bags else HAND_LUGGAGE)
        at = at.replace(second=0, microsecond=0)
        return at + timedelta(minutes=-at.minute % 5)

    def plan(self, bookings: list[Booking]) -> list[tuple[str, str | None, str]]:
        """(booking, car, pick-up 'HH:MM') in pick-up order. Each booking gets the
        smallest car it fits in that is back from its last run; None if none is."""
        back: dict[str, datetime] = {}
        rows = []
        for booking in sorted(bookings, key=lambda b: (self.pickup_time(b), b.ref)):
            at = self.pickup_time(booking)
            free = [
                reg for reg, seats in self.cars.items()
                if seats >= booking.passengers and back.get(reg, at) <= at
            ]
            car = min(free, key=lambda reg: (self.cars[reg], reg)) if free else None
            if car is not None:
                back[car] = at + ROUND_TRIP
            rows.append((booking.ref, car, at.strftime("%H:%M")))
        return rows
