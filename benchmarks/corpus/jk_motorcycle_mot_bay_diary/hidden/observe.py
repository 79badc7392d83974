"""free_slots and book around bookings that end before, touch, overlap or follow a slot, cancelled ones and other days, then random diaries."""

import random
from datetime import date, timedelta

from observing import attempt
from motbook.diary import Booking, book, bay_free, free_slots

FRIDAY = date(2024, 5, 17)


def snapshot(bookings):
    return [(b.registration, b.bay, b.day.isoformat(), b.start, b.end, b.cancelled) for b in bookings]


def booking_run(existing, requests):
    bookings = [Booking(*fields) for fields in existing]
    made = []
    for registration, day, start in requests:
        result = attempt(book, bookings, registration, day, start)
        made.append(result if isinstance(result, str) else (result.registration, result.bay, result.start))
    return made, snapshot(bookings), free_slots(bookings, FRIDAY)


def observe():
    rng = random.Random(7736)
    results = []
    for start, end in [(510, 555), (540, 585), (600, 645), (555, 600), (480, 510), (960, 1020), (700, 701)]:
        for cancelled in (False, True):
            for day in (FRIDAY, FRIDAY + timedelta(days=1)):
                existing = [Booking("YX15ABC", 1, day, start, end, cancelled)]
                results.append(attempt(free_slots, existing, FRIDAY))
                for probe in (480, 510, 540, 555, 570, 585, 600, 645, 700, 1000):
                    results.append(attempt(bay_free, existing, 1, FRIDAY, probe, probe + 45))
    results.append(attempt(booking_run, [], [("a1", FRIDAY, "08:30"), ("a2", FRIDAY, "08:30"), ("a3", FRIDAY, "08:30"), ("a4", FRIDAY, "09:15")]))
    results.append(attempt(booking_run, [], [("a1", FRIDAY, "16:15"), ("a2", FRIDAY, "08:30"), ("a3", FRIDAY, "09:00")]))
    results.append(attempt(booking_run, [], [("a1", FRIDAY, "16:30"), ("a2", FRIDAY, "08:35"), ("a3", FRIDAY, "8.30")]))
    for _ in range(150):
        existing = []
        for i in range(rng.randint(0, 10)):
            start = 510 + 15 * rng.randint(0, 31)
            existing.append((f"EX{i}", rng.choice((1, 2)), FRIDAY + timedelta(days=rng.choice((0, 0, 0, 1, -1))), start, start + rng.choice((45, 45, 30, 90)), rng.random() < 0.2))
        requests = []
        for j in range(rng.randint(0, 8)):
            minutes = 510 + 15 * rng.randint(-1, 33)
            requests.append((f"rq {j}", FRIDAY, f"{minutes // 60:02d}:{minutes % 60:02d}"))
        results.append(attempt(booking_run, existing, requests))
    return results
