"""table_fee over table counts and booking dates around the early-bird day, then random alleys."""

import random
from datetime import date, timedelta

from observing import attempt
from bookings import Booking, Convention
from fees import table_fee, tables_left, takings

CON = Convention("con", date(2024, 6, 15), date(2024, 3, 31), 40)


def observe():
    rng = random.Random(8841)
    results = []
    for tables in range(0, 8):
        for offset in (-30, -1, 0, 1, 40):
            for power in (False, True):
                for charity in (False, True):
                    booking = Booking("a", CON.early_bird + timedelta(days=offset), tables, power, charity)
                    results.append(attempt(table_fee, booking, CON))
    for _ in range(100):
        early = date(2024, 1, 1) + timedelta(days=rng.randint(30, 120))
        con = Convention("con", early + timedelta(days=60), early, rng.randint(10, 60))
        bookings = [
            Booking(
                f"artist{k}",
                early + timedelta(days=rng.randint(-40, 40)),
                rng.choice((1, 1, 2, 2, 3, 4, 5)),
                rng.random() < 0.4,
                rng.random() < 0.1,
            )
            for k in range(rng.randint(0, 12))
        ]
        results.append([attempt(table_fee, booking, con) for booking in bookings])
        results.append(attempt(takings, bookings, con))
        results.append(attempt(tables_left, bookings, con))
    return results
