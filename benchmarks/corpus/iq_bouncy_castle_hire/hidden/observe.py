"""Availability, booking and day sheets over a week of random bookings."""

import random
from datetime import date, timedelta

from observing import attempt
from bouncy.bookings import Booking, HireBook
from bouncy.inventory import Item

START = date(2024, 5, 4)
CATALOGUE = {
    "C1": Item("C1", "Pirate Ship Castle", 85.0, True, True),
    "C2": Item("C2", "Jungle Slide", 120.0, False, True),
    "C3": Item("C3", "Princess Castle", 80.0, True, True),
    "G1": Item("G1", "Giant Connect Four", 35.0, True, False),
    "S1": Item("S1", "Sumo Suits", 60.0, True, False),
    "O1": Item("O1", "Obstacle Course", 150.0, False, True),
}


def book(diary, booking):
    diary.book(booking)
    return len(diary.bookings)


def observe():
    rng = random.Random(4417)
    results = []
    diary = HireBook(dict(CATALOGUE))
    results.append(attempt(diary.is_free, "C1", START))
    results.append(attempt(book, diary, Booking("C1", START, "A")))
    for offset in (-1, 0, 1, 7):
        day = START + timedelta(days=offset)
        results.append(attempt(diary.is_free, "C1", day))
        results.append(attempt(diary.is_free, "C2", day))
        results.append(attempt(diary.available_on, day))
        results.append(attempt(diary.available_on, day, True))
        results.append(attempt(book, diary, Booking("C1", day, "B")))
    results.append(attempt(book, diary, Booking("ZZ", START, "C")))
    customers = ["Hughes", "Patel", "Okafor", "Nowak", "Smith", "Li"]
    for _ in range(60):
        diary = HireBook(dict(CATALOGUE))
        for _ in range(rng.randint(0, 14)):
            booking = Booking(
                rng.choice(sorted(CATALOGUE)),
                START + timedelta(days=rng.randint(0, 6)),
                rng.choice(customers),
                rng.random() < 0.3,
                float(rng.randint(0, 25)),
            )
            results.append(attempt(book, diary, booking))
            results.append(attempt(diary.quote, booking))
        for k in range(7):
            day = START + timedelta(days=k)
            results.append(attempt(diary.available_on, day, rng.random() < 0.5))
            results.append(attempt(diary.day_sheet, day))
    return results
