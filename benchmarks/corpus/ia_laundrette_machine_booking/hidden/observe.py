"""BookingSheet.is_free, book and free_machines against sheets with overlapping,
touching, enclosing and enclosed bookings, and ~100 random days."""

import random

from observing import attempt
from laundrette.bookings import BookingSheet

MACHINES = ["W1", "W2", "W3", "D1", "D2"]


def tried(sheet, attempts):
    results = []
    for machine, start, end in attempts:
        booking = attempt(sheet.book, machine, "c", start, end)
        results.append(booking)
    results.append(sorted((b.machine, b.start, b.end) for b in sheet.bookings))
    return results


def observe():
    rng = random.Random(3131)
    results = []
    base = [("W1", 60, 120)]
    for start, end in [(0, 60), (0, 61), (30, 90), (60, 120), (70, 80), (30, 150), (119, 200), (120, 180), (0, 30), (59, 60)]:
        sheet = BookingSheet(MACHINES)
        results.extend(tried(sheet, base))
        results.append(attempt(sheet.is_free, "W1", start, end))
        results.append(attempt(sheet.free_machines, "W", start, end))
        results.extend(tried(sheet, [("W1", start, end)]))
    for _ in range(100):
        sheet = BookingSheet(MACHINES)
        wanted = []
        for _ in range(rng.randint(1, 12)):
            start = rng.randrange(0, 600, 5)
            wanted.append((rng.choice(MACHINES + ["X1"]), start, start + rng.choice([-5, 0, 15, 30, 45, 60, 90])))
        results.extend(tried(sheet, wanted))
        for _ in range(5):
            start = rng.randrange(0, 600, 5)
            end = start + rng.randrange(5, 120, 5)
            results.append(attempt(sheet.free_machines, rng.choice("WD"), start, end))
    return results
