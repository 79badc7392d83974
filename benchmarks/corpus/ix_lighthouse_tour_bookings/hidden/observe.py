"""refusal and suggest over ages, party sizes, booking times and full tours, on tower and
cottage tours, then random days of bookings."""

import random
from datetime import date, datetime, timedelta

from observing import attempt
from lighthouse.bookings import book, refusal, suggest
from lighthouse.tours import Booking, Tour, day_of_tours

DAY = date(2024, 7, 3)


def observe():
    rng = random.Random(4417)
    results = []
    starts = datetime(2024, 7, 3, 11, 0)
    for climbs in (True, False):
        for taken in (0, 5, 9, 12):
            for size in (0, 1, 3, 6, 7):
                for age in (0, 4, 7, 8, 9, 40):
                    for minutes_before in (60, 16, 15, 14, 0, -5):
                        tour = Tour("T", starts, 12, climbs, [Booking("x", taken, 30)] if taken else [])
                        now = starts - timedelta(minutes=minutes_before)
                        results.append(attempt(refusal, tour, Booking("b", size, age), now))
    times = ["09:30", "10:30", "11:30", "12:00", "13:00", "14:00", "15:30", "16:30"]
    for _ in range(120):
        chosen = sorted(rng.sample(times, rng.randint(1, 6)))
        cottage = tuple(t for t in chosen if rng.random() < 0.35)
        tours = day_of_tours(DAY, chosen, rng.choice([6, 8, 12]), cottage)
        now = datetime(2024, 7, 3, rng.randint(8, 15), rng.choice([0, 15, 20, 45]))
        log = []
        for k in range(rng.randint(0, 12)):
            booking = Booking(f"b{k}", rng.randint(0, 7), rng.choice([2, 5, 7, 8, 10, 14, 35, 70]), rng.random() < 0.1)
            tour = rng.choice(tours)
            log.append((tour.code, attempt(book, tour, booking, now)))
        results.append(log)
        results.append([(t.code, t.places_left()) for t in tours])
        probe = Booking("p", rng.randint(1, 6), rng.choice([3, 6, 8, 12, 30]))
        results.append(attempt(suggest, tours, probe, now))
    return results
