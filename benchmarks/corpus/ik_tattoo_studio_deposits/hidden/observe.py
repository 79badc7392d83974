"""Refunds and kept deposits over notice edges and who cancelled, then random diaries."""

import random
from datetime import date, timedelta

from observing import attempt
from studio.bookings import Booking
from studio.deposits import artist_hours, kept_deposits, refunds_due

DAY = date(2024, 3, 9)
CLIENTS = ["Sam Reid", "Ali Khan", "Kim Lowe", "Pat Moss", "Lee Ward", "Jo Finch"]
ARTISTS = ["Jo", "Mara", "Dev"]


def observe():
    rng = random.Random(5150)
    results = []
    for notice in (-1, 0, 1, 2, 3, 10):
        for by in ("client", "studio", ""):
            for deposit in (0.0, 25.0, 60.0):
                b = Booking("Sam Reid", "Jo", DAY, 3.0, deposit, DAY - timedelta(days=notice), by)
                results.append(attempt(refunds_due, [b]))
                results.append(attempt(kept_deposits, [b]))
    for _ in range(120):
        bookings = []
        for _ in range(rng.randint(0, 12)):
            day = DAY + timedelta(days=rng.randint(0, 30))
            b = Booking(rng.choice(CLIENTS), rng.choice(ARTISTS), day, rng.choice([1.0, 2.0, 3.5, 6.0]),
                        rng.choice([0.0, 30.0, 50.0, 80.0]))
            if rng.random() < 0.6:
                b.cancelled_on = day - timedelta(days=rng.randint(0, 5))
                b.cancelled_by = rng.choice(["client", "client", "studio"])
            bookings.append(b)
        results.append(attempt(refunds_due, bookings))
        results.append(attempt(kept_deposits, bookings))
        results.append(attempt(artist_hours, bookings))
    return results
