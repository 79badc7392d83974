"""places_left around a hold's last day (the day before, on it, the day after), with
cancelled and paid bookings and other courses, then random booking seasons through book/pay."""

import random
from datetime import date, timedelta

from observing import attempt
from forgecourse.bookings import Booking, book, pay, places_left, to_chase
from forgecourse.courses import Course

COURSES = [
    Course("HOOK-0511", "Hooks and hangers", date(2024, 5, 11), 6, 165),
    Course("KNIFE-0518", "Forge a kitchen knife", date(2024, 5, 18), 4, 240),
    Course("GATE-0601", "Garden gate latch", date(2024, 6, 1), 8, 150),
]


def left(course, bookings, today):
    return places_left(course, [Booking(*b) for b in bookings], today), to_chase([Booking(*b) for b in bookings], today)


def season(actions):
    bookings = []
    log = []
    for today, kind, course, ref, people in actions:
        if kind == "book":
            made = attempt(book, course, bookings, ref, people, today)
            log.append(made if isinstance(made, str) else (made.ref, made.hold_until))
        else:
            log.append(attempt(pay, bookings, ref))
        log.append([places_left(c, bookings, today) for c in COURSES])
    final = COURSES[0].day - timedelta(days=1)
    return log, [(b.ref, b.course, b.people, b.status, b.hold_until) for b in bookings], to_chase(bookings, final)


def observe():
    rng = random.Random(9130)
    results = []
    hooks = COURSES[0]
    last = date(2024, 4, 10)
    for offset in (-30, -2, -1, 0, 1, 2, 30):
        today = last + timedelta(days=offset)
        for status in ("held", "paid", "cancelled"):
            for people in (1, 4, 6, 7):
                bookings = [("A1", "HOOK-0511", people, status, last), ("A2", "HOOK-0511", 1, "paid", None)]
                results.append(attempt(left, hooks, bookings, today))
        results.append(attempt(left, hooks, [("A1", "KNIFE-0518", 3, "held", last)], today))
        results.append(attempt(left, hooks, [("A1", "HOOK-0511", 3, "held", None)], today))
        results.append(attempt(left, hooks, [], today))
    for _ in range(150):
        today = date(2024, 3, 1)
        actions = []
        refs = []
        for n in range(rng.randint(1, 25)):
            today += timedelta(days=rng.randint(0, 6))
            if refs and rng.random() < 0.35:
                actions.append((today, "pay", None, rng.choice(refs), 0))
            else:
                ref = f"R{n}"
                refs.append(ref)
                actions.append((today, "book", rng.choice(COURSES), ref, rng.randint(1, 4)))
        results.append(attempt(season, actions))
    return results
