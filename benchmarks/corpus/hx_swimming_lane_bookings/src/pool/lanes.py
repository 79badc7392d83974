"""The lane sheet for one day at the pool: clubs and schools book whole lanes."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import time

from .clock import minutes_between, parse_time


@dataclass(frozen=True)
class Booking:
    lane: int
    start: time
    end: time
    club: str


class LaneSheet:
    def __init__(self, lanes: int = 6, opens: str = "6:30", closes: str = "21:00") -> None:
        self.lanes = lanes
        self.opens = parse_time(opens)
        self.closes = parse_time(closes)
        self.bookings: list[Booking] = []

    def free_lanes(self, start: time, end: time) -> list[int]:
        """The lanes (numbered from 1) with no booking overlapping start to end,
        lowest first. A booking is over at its end time: the next can start then."""
        taken = set()
        for booking in self.bookings:
            if booking.start < end and booking.end >= start:
                taken.add(booking.lane)
        return [lane for lane in range(1, self.lanes) if lane not in taken]

    def book(self, club: str, start: str, end: str, lane: int | None = None) -> Booking:
        """Book a lane for the club, the given one or else the lowest free one."""
        begins, ends = parse_time(start), parse_time(end)
        if not (self.opens <= begins < ends <= self.closes):
            raise ValueError(f"{start}-{end} is outside {self.opens:%H:%M}-{self.closes:%H:%M}")
        free = self.free_lanes(begins, ends)
        if lane is None:
            if not free:
                raise LookupError(f"no lane free {start}-{end}")
            lane = free[0]
        elif lane not in free:
            raise LookupError(f"lane {lane} is not free {start}-{end}")
        booking = Booking(lane, begins, ends, club)
        self.bookings.append(booking)
        return booking

    def minutes_by_club(self) -> dict[str, int]:
        minutes: Counter[str] = Counter()
        for booking in self.bookings:
            minutes[booking.club] += minutes_between(booking.start, booking.end)
        return dict(minutes)
