"""Next appointments before, between and after the day's bookings, then random diaries."""

import random
from datetime import date, datetime, timedelta

from observing import attempt
from salon.booking import TREATMENTS, book, next_appointment
from salon.hours import Salon

TUESDAY = date(2024, 5, 14)


def at(day, hour, minute=0):
    return datetime(day.year, day.month, day.day, hour, minute)


def ask(salon, booked, treatment, after):
    return attempt(lambda: next_appointment(salon, booked, treatment, after).isoformat())


def observe():
    rng = random.Random(6021)
    names = sorted(TREATMENTS)
    results = []
    salon = Salon()
    diary = []
    book(diary, at(TUESDAY, 9, 30), "gel manicure", "a")
    book(diary, at(TUESDAY, 10, 30), "pedicure", "b")
    book(diary, at(TUESDAY, 11, 45), "acrylic full set", "c")
    book(diary, at(TUESDAY, 16, 30), "gel manicure", "d")
    for treatment in names:
        for hour, minute in [(8, 0), (9, 30), (10, 0), (10, 30), (11, 15), (11, 20), (12, 0), (13, 15), (15, 0), (16, 0), (17, 30)]:
            results.append(ask(salon, diary, treatment, at(TUESDAY, hour, minute)))
    results.append(ask(Salon(closed_weekdays=set(range(7))), [], "pedicure", at(TUESDAY, 8)))
    results.append(ask(Salon(holidays={TUESDAY, TUESDAY + timedelta(days=1)}), [], "pedicure", at(TUESDAY, 8)))
    for _ in range(150):
        salon = Salon(holidays={TUESDAY + timedelta(days=rng.randint(0, 6)) for _ in range(rng.randint(0, 2))})
        booked = []
        for _ in range(rng.randint(0, 14)):
            day = TUESDAY + timedelta(days=rng.randint(0, 3))
            start = at(day, 9, 30) + timedelta(minutes=15 * rng.randint(0, 32))
            attempt(book, booked, start, rng.choice(names), "x")
        after = at(TUESDAY + timedelta(days=rng.randint(0, 3)), rng.randint(7, 18), rng.choice([0, 10, 15, 30, 45]))
        treatment = rng.choice(names)
        results.append(len(booked))
        results.append(ask(salon, booked, treatment, after))
    return results
