from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta

MINUTES_PER_TYRE = 15
SETUP_MINUTES = 10  # getting the car on the lift and off again


class FullyBooked(Exception):
    pass


@dataclass(frozen=True)
class Booking:
    reg: str
    bay: int
    start: datetime
    end: datetime


def job_length(tyres: int) -> timedelta:
    return timedelta(minutes=SETUP_MINUTES + MINUTES_PER_TYRE * tyres)


class Workshop:
    def __init__(self, bays: int, closes: time = time(17, 30)):
        self.bays = bays
        self.closes = closes
        self.bookings: list[Booking] = []

    def next_slot(self, tyres: int, earliest: datetime) -> tuple[int, datetime]:
        """The bay and time of the first fitting of `tyres` tyres from `earliest`. Each bay
        works through its jobs in turn, so a new job goes after the bay's last booking;
        the job must be finished by closing time; the lower bay wins a tie."""
        closing = datetime.combine(earliest.date(), self.closes)
        best = None
        for bay in range(1, self.bays + 1):
            start = earliest
            for booking in self.bookings:
                if booking.bay == bay and booking.start.date() == earliest.date():
                    start = max(start, booking.start)
            if start + job_length(tyres) > closing:
                continue
            if best is None or start < best[1]:
                best = (bay, start)
        if best is None:
            raise FullyBooked(earliest.date().isoformat())
        return best

    def book(self, reg: str, tyres: int, earliest: datetime) -> Booking:
        bay, start = self.next_slot(tyres, earliest)
        booking = Booking(reg.upper().replace(" ", ""), bay, start, start + job_length(tyres))
        self.bookings.append(booking)
        return booking

    def day_sheet(self, day: datetime) -> list[tuple[str, int, str]]:
        """(time, bay, reg) for the day's jobs, in time order."""
        jobs = [b for b in self.bookings if b.start.date() == day.date()]
        return [(b.start.strftime("%H:%M"), b.bay, b.reg) for b in sorted(jobs, key=lambda b: (b.start, b.bay))]
