"""Random day sheets: bookings tried on a half-hour grid, then free courts and clashes."""

import random

from observing import attempt
from courts.sheet import DaySheet
from courts.times import format_time

MEMBERS = ["ana", "ben", "cleo", "dev", "eli", "fay"]


def tried(sheet, court, start, end, member):
    booking = attempt(sheet.book, court, start, end, member)
    return booking if isinstance(booking, str) else str(booking)


def observe():
    rng = random.Random(6113)
    results = []
    sheet = DaySheet(courts=2)
    for court, start, end in [(1, "09:00", "10:00"), (1, "10:00", "11:00"), (1, "08:00", "09:00"),
                              (1, "08:30", "09:30"), (1, "09:59", "10:01"), (1, "07:00", "08:00"),
                              (2, "07:00", "22:00"), (2, "12:00", "13:00"), (1, "11:00", "11:30"),
                              (1, "10:30", "11:00"), (3, "09:00", "10:00"), (1, "13:00", "12:00")]:
        results.append(tried(sheet, court, start, end, "edge"))
    for court in (1, 2):
        for start, end in [(400, 500), (420, 480), (480, 540), (540, 600), (600, 660), (650, 700), (700, 1320)]:
            results.append(len(attempt(sheet.clashes, court, start, end)))
    for _ in range(100):
        sheet = DaySheet(courts=rng.randint(1, 4))
        steps = []
        for _ in range(rng.randint(1, 10)):
            start = rng.randrange(13 * 60, 22 * 60, 30) if rng.random() < 0.3 else rng.randrange(7 * 60, 21 * 60, 30)
            end = start + rng.choice([30, 60, 60, 90, 120])
            steps.append(tried(sheet, rng.randint(1, sheet.courts), format_time(start), format_time(min(end, 22 * 60)),
                               rng.choice(MEMBERS)))
        start = rng.randrange(7 * 60, 21 * 60, 30)
        window = (format_time(start), format_time(start + 60))
        results.append((steps, sheet.lines(), attempt(sheet.free_courts, *window)))
        if rng.random() < 0.3:
            results.append((attempt(sheet.cancel, rng.choice(MEMBERS)), attempt(sheet.free_courts, "07:00", "22:00")))
    return results
