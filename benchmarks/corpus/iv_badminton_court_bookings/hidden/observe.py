"""BookingSheet.quote across the peak boundary, weekdays and weekends, members and not,
then random days of bookings with their takings."""

import random
from datetime import date, timedelta

from observing import attempt
from courts import BookingSheet

MONDAY = date(2024, 10, 7)


def book(sheet, *args):
    booking = sheet.book(*args)
    return (booking.name, booking.court, booking.start, booking.hours)


def observe():
    rng = random.Random(5150)
    results = []
    sheet = BookingSheet(4)
    for offset in range(7):
        day = MONDAY + timedelta(days=offset)
        for start in range(7, 22):
            for hours in (0, 1, 2, 3, 5):
                for member in (False, True):
                    results.append(attempt(sheet.quote, day, start, hours, member))
    for _ in range(60):
        sheet = BookingSheet(rng.randint(1, 6))
        day = MONDAY + timedelta(days=rng.randint(0, 13))
        for k in range(rng.randint(0, 12)):
            start = rng.randint(6, 21)
            hours = rng.randint(0, 4)
            results.append(attempt(book, sheet, f"p{k}", day, start, hours, rng.random() < 0.4))
        results.append(attempt(sheet.takings, day))
        results.append(attempt(sheet.free_courts, day, rng.randint(7, 20), 1))
    return results
