"""Random booking sequences on a small site, then free pitches and occupancy."""

import random
from datetime import date, timedelta

from observing import attempt
from campsite.pitches import load_pitches
from campsite.site import Campsite

PITCHES = "a1, 8.0, y\na2, 8.0, n\nb1, 12.5, y\nt1, 4.0, n\nt2, 5.5, y\n"
CODES = ["A1", "A2", "B1", "T1", "T2"]
DAY0 = date(2024, 6, 1)


def day(n):
    return DAY0 + timedelta(days=n)


def observe():
    rng = random.Random(5150)
    results = []
    # one booking, then every stay around it
    for arrive in range(0, 8):
        for leave in range(arrive, 10):
            site = Campsite(load_pitches(PITCHES))
            site.book("A1", "x", day(3), day(6))
            results.append((arrive, leave, attempt(site.is_free, "A1", day(arrive), day(leave)),
                            attempt(site.free_pitches, day(arrive), day(leave), 6.0, True)))
    for _ in range(100):
        site = Campsite(load_pitches(PITCHES))
        made = []
        for _ in range(rng.randint(1, 15)):
            code = rng.choice(CODES + ["Z9"])
            arrive = rng.randint(0, 25)
            leave = arrive + rng.choice([-1, 0, 1, 1, 2, 3, 5, 8])
            outcome = attempt(site.book, code, "guest", day(arrive), day(leave))
            made.append(outcome if isinstance(outcome, str) else outcome.nights)
            if rng.random() < 0.1 and site.bookings:
                victim = rng.choice(site.bookings)
                site.cancel(victim.code, victim.arrive)
        arrive = rng.randint(0, 25)
        stay = (day(arrive), day(arrive + rng.randint(1, 6)))
        results.append((
            made,
            sorted((b.code, b.arrive.day, b.leave.day) for b in site.bookings),
            attempt(site.free_pitches, *stay, rng.choice([0, 4.5, 6, 9]), rng.random() < 0.5),
            [attempt(site.occupancy, day(n)) for n in range(0, 30, 3)],
        ))
    return results
