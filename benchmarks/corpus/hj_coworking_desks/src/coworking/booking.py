"""Desk bookings for one day, by the half hour: times are "HH:MM" on the day."""

from __future__ import annotations

from dataclasses import dataclass

OPENS, CLOSES = "07:00", "21:00"


def minutes(clock: str) -> int:
    hours, mins = clock.split(":")
    if len(mins) != 2 or int(mins) % 30:
        raise ValueError(f"bookings go by the half hour: {clock!r}")
    return int(hours) * 60 + int(mins)


@dataclass(frozen=True)
class Booking:
    desk: str
    member: str
    start: int  # minutes since midnight
    end: int

    @classmethod
    def make(cls, desk: str, member: str, start: str, end: str) -> "Booking":
        first, last = minutes(start), minutes(end)
        if not minutes(OPENS) <= first < last <= minutes(CLOSES):
            raise ValueError(f"bad booking {start}-{end}")
        return cls(desk, member, first, last)
