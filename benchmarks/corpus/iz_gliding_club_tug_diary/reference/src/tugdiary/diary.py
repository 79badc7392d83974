"""One day's bookings for the tug: each aerotow holds the tug from take-off until it
is back on the ground, ready for the next."""

from __future__ import annotations

from dataclasses import dataclass

from tugdiary.clock import format_time, parse_time


@dataclass(frozen=True)
class Booking:
    pilot: str
    start: int  # minutes after midnight
    end: int

    def __str__(self) -> str:
        return f"{format_time(self.start)}-{format_time(self.end)} {self.pilot}"


class TugDiary:
    def __init__(self, opens: str = "09:30", closes: str = "18:00"):
        self.opens = parse_time(opens)
        self.closes = parse_time(closes)
        self.bookings: list[Booking] = []

    def book(self, pilot: str, start: str, minutes: int) -> Booking:
        begin = parse_time(start)
        end = begin + minutes
        if minutes <= 0:
            raise ValueError("a tow takes some time")
        if begin < self.opens or end > self.closes:
            raise ValueError("outside flying hours")
        for booking in self.bookings:
            if booking.start < end and begin < booking.end:
                raise ValueError(f"clashes with {booking}")
        booking = Booking(pilot, begin, end)
        self.bookings.append(booking)
        return booking

    def first_free(self, minutes: int, earliest: str | None = None) -> str | None:
        """The earliest start, no sooner than `earliest`, for a tow of `minutes` that
        clashes with no booking, as "HH:MM"; None when nothing fits before closing."""
        start = self.opens if earliest is None else max(self.opens, parse_time(earliest))
        bookings = sorted(self.bookings, key=lambda booking: booking.start)
        i = 0
        while i < len(bookings):
            booking = bookings[i]
            if booking.end <= start:
                i += 1
                continue
            if start + minutes <= booking.start:
                break
            start = booking.end
            i += 1
        if start + minutes > self.closes:
            return None
        return format_time(start)

    def day_sheet(self) -> list[str]:
        return [str(booking) for booking in sorted(self.bookings, key=lambda booking: booking.start)]
