"""refund_due around the notice edges with and without a design started, then random batches."""

import random
from datetime import datetime, timedelta

from observing import attempt
from studio.bookings import Booking
from studio.deposits import cancellation_summary, refund_due

START = datetime(2024, 9, 14, 11, 0)


def observe():
    rng = random.Random(4417)
    results = []
    for deposit in (0.0, -5.0, 20.0, 45.0, 50.0, 99.99):
        for hours in (-3, 0, 1, 23.99, 24, 24.01, 48, 71.5, 72, 72.01, 200):
            for started in (False, True):
                booking = Booking("c", "Kat", START, deposit, started)
                results.append(attempt(refund_due, booking, START - timedelta(hours=hours)))
    artists = ["Kat", "Marco", "Ivy"]
    for _ in range(80):
        batch = []
        for k in range(rng.randint(0, 8)):
            start = START + timedelta(days=rng.randint(0, 20), hours=rng.randint(0, 8))
            booking = Booking(
                f"client{k}",
                rng.choice(artists),
                start,
                rng.choice([0.0, 30.0, 50.0, 75.0, 100.0, 150.0]),
                rng.random() < 0.4,
            )
            cancelled = start - timedelta(hours=rng.choice([2, 12, 30, 60, 80, 100, 300]))
            results.append(attempt(refund_due, booking, cancelled))
            batch.append((booking, cancelled))
        results.append(attempt(cancellation_summary, batch))
    return results
