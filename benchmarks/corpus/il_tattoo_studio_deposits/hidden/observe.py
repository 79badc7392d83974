"""Cancellations around the 48-hour line for bookings moved none, once, or refused, then random diaries."""

import random
from datetime import datetime, timedelta

from observing import attempt
from studio.bookings import RATES, book
from studio.policy import balance_due, can_reschedule, cancel, reschedule

NOW = datetime(2024, 9, 2, 10, 0)


def state(booking):
    return (booking.start, booking.deposit, booking.reschedules, booking.cancelled_at)


def observe():
    rng = random.Random(6084)
    results = []
    for artist in ("Jo", "Kai", "Rosa", "Nobody"):
        for hours in (0, 0.5, 1, 2.5, 6):
            results.append(attempt(lambda: state(book("c", artist, NOW + timedelta(days=5), hours))))
    for moves in (0, 1, 2):
        for notice_hours in (0, 1, 47, 48, 49, 72, 200):
            for move_by in (0, 24, 72):
                booking = book("c", "Jo", NOW + timedelta(days=4), 2)
                for _ in range(moves):
                    results.append(attempt(reschedule, booking, booking.start + timedelta(hours=move_by), NOW))
                results.append(attempt(can_reschedule, booking, NOW))
                when = booking.start - timedelta(hours=notice_hours)
                results.append(attempt(cancel, booking, when))
                results.append(attempt(cancel, booking, when))
                results.append(attempt(balance_due, booking))
                results.append(state(booking))
    for _ in range(150):
        booking = book("c", rng.choice(sorted(RATES)), NOW + timedelta(hours=rng.randint(1, 400)), rng.choice([0.5, 1, 2, 3, 4, 8]))
        clock = NOW
        for _ in range(rng.randint(0, 3)):
            clock += timedelta(hours=rng.randint(0, 60))
            results.append(attempt(reschedule, booking, booking.start + timedelta(hours=rng.randint(-48, 200)), clock))
        clock += timedelta(hours=rng.randint(0, 100))
        results.append(attempt(cancel, booking, clock))
        results.append(state(booking))
    return results
