"""Prices and invoices of random stays, short and long, over every weekday."""

import random
from datetime import date, timedelta

from kennel.bookings import Booking
from kennel.pricing import invoice, stay_price
from observing import attempt


def observe():
    rng = random.Random(4242)
    results = []
    monday = date(2024, 6, 3)
    for first in range(7):
        for length in (1, 2, 3, 6, 7, 8, 15):
            for size in ("small", "large"):
                stay = Booking("dog", size, monday + timedelta(days=first), monday + timedelta(days=first + length))
                results.append(attempt(stay_price, stay))
                results.append(attempt(stay_price, stay, sharing=True))
    for _ in range(100):
        stays = []
        for dog in rng.sample(["Ash", "Bo", "Cleo", "Dex", "Fig"], rng.randint(1, 3)):
            start = date(2024, 1, 1) + timedelta(days=rng.randint(0, 360))
            stays.append(Booking(dog, rng.choice(["small", "medium", "large"]), start,
                                 start + timedelta(days=rng.randint(1, 20))))
        results.append(attempt(stay_price, stays[0], rng.random() < 0.3))
        results.append(attempt(invoice, stays, "family"))
    return results
