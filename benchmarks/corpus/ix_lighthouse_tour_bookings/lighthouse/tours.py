"""The day's guided tours of the lighthouse, as the visitor centre sets them up."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time


@dataclass
class Booking:
    name: str
    party_size: int
    youngest_age: int
    cancelled: bool = False


@dataclass
class Tour:
    code: str
    starts: datetime
    capacity: int = 12
    climbs_tower: bool = True  # the cottage tours stay in the keeper's cottage
    bookings: list[Booking] = field(default_factory=list)

    def places_taken(self) -> int:
        return sum(b.party_size for b in self.bookings if not b.cancelled)

    def places_left(self) -> int:
        return max(self.capacity - self.places_taken(), 0)


def day_of_tours(day: date, times: list[str], capacity: int = 12, cottage_only: tuple[str, ...] = ()) -> list[Tour]:
    """One tour at each "HH:MM" in `times`, coded by date and time (e.g. "0612-1030").
    The times in `cottage_only` are cottage tours, which do not climb the tower."""
    tours = []
    for hhmm in times:
        starts = datetime.combine(day, time.fromisoformat(hhmm))
        code = f"{day:%m%d}-{hhmm.replace(':', '')}"
        tours.append(Tour(code, starts, capacity, climbs_tower=hhmm not in cottage_only))
    return tours
