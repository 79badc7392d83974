"""The cleaning team's week: a changeover clean at a cottage on every departure day.

Guests leave by 10 and the next ones arrive from 4, so a clean on a day when new
guests are due is a turnaround and gets two cleaners. After a stay with dogs the
clean is a deep one (carpets, sofa covers, and the hair everywhere).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

from cottages.bookings import Booking

MINUTES = {"standard": 150, "deep": 240}


def changeovers(bookings: list[Booking], week_start: date) -> list[tuple[date, str, str, bool]]:
    """(day, cottage, 'standard' or 'deep', turnaround) for every departure in the seven
    days from week_start, by day and then cottage."""
    week_end = week_start + timedelta(days=7)
    arrivals: dict[str, set[date]] = defaultdict(set)
    for booking in bookings:
        arrivals[booking.cottage].add(booking.arrival)

    def this_week(stay: Booking) -> bool:
        return week_start <= stay.arrival < week_end

    jobs = []
    for stay in bookings:
        if not this_week(stay):
            continue
        kind = "deep" if stay.dogs else "standard"
        jobs.append((stay.departure, stay.cottage, kind, stay.departure in arrivals[stay.cottage]))
    return sorted(jobs)


def cleaner_hours(jobs: list[tuple[date, str, str, bool]]) -> dict[date, float]:
    """Cleaner-hours booked each day: turnarounds take two cleaners for the same time."""
    hours: dict[date, float] = defaultdict(float)
    for day, _cottage, kind, turnaround in jobs:
        hours[day] += MINUTES[kind] / 60 * (2 if turnaround else 1)
    return dict(hours)
