"""changeovers for stays crossing the start and end of the week, on its first and last days, and turnarounds, then random seasons of bookings over several weeks."""

import random
from datetime import date, timedelta

from observing import attempt
from cottages.bookings import Booking
from cottages.cleaning import changeovers, cleaner_hours

COTTAGES = ["Hayloft", "Byre", "Dairy", "Granary", "Shepherd's Hut"]
WEEK = date(2024, 6, 1)


def run(bookings, week_start):
    jobs = changeovers(bookings, week_start)
    return [(day.isoformat(), cottage, kind, turn) for day, cottage, kind, turn in jobs], {
        day.isoformat(): hours for day, hours in cleaner_hours(jobs).items()
    }


def observe():
    rng = random.Random(9052)
    results = []
    for arrive in range(-10, 12):
        for nights in (1, 2, 3, 7, 10, 14):
            stay = Booking("E1", "Byre", "Edge", WEEK + timedelta(days=arrive), WEEK + timedelta(days=arrive + nights), arrive % 2)
            after = Booking("E2", "Byre", "Next", stay.departure, stay.departure + timedelta(days=3))
            results.append(attempt(run, [stay], WEEK))
            results.append(attempt(run, [stay, after], WEEK))
    for _ in range(120):
        bookings = []
        for cottage in rng.sample(COTTAGES, rng.randint(1, len(COTTAGES))):
            day = WEEK - timedelta(days=rng.randint(0, 14))
            for n in range(rng.randint(0, 8)):
                day += timedelta(days=rng.choice((0, 0, 0, 1, 2, 5)))
                leave = day + timedelta(days=rng.randint(1, 9))
                bookings.append(Booking(f"{cottage[:2]}{n}", cottage, "Guest", day, leave, rng.choice((0, 0, 1, 2))))
                day = leave
        rng.shuffle(bookings)
        week_start = WEEK + timedelta(days=rng.choice((-7, 0, 0, 3, 7)))
        results.append(attempt(run, bookings, week_start))
    return results
