"""What the booking desk can offer a caller."""

from __future__ import annotations

from datetime import date

from charter import Trip


def trips_with_room(trips: list[Trip], rods: int, kind: str | None = None, from_day: date | None = None) -> list[tuple[date, str, int]]:
    """Trips still going out with room for another `rods` rods, soonest first, as
    (day, boat, rods free). Optionally only one kind of trip, or none before a day."""

    def rods_free(trip: Trip) -> int:
        booked = sum(booking.rods for booking in trip.bookings if not booking.cancelled)
        return trip.rods - booked

    offers = []
    for trip in sorted(trips, key=lambda trip: (trip.day, trip.boat)):
        if trip.called_off or kind is not None and trip.kind != kind:
            continue
        if from_day is not None and trip.day < from_day:
            continue
        free = rods_free(trip)
        if free >= rods:
            offers.append((trip.day, trip.boat, free))
    return offers


def boat_sheet(trips: list[Trip], day: date) -> dict[str, list[str]]:
    """For the skippers: who is on each boat going out that day, as 'name x rods'."""
    return {
        trip.boat: [f"{b.name} x{b.rods}" for b in trip.bookings if not b.cancelled]
        for trip in trips
        if trip.day == day and not trip.called_off
    }
