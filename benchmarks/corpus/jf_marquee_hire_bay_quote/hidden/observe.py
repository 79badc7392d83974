"""quote for parties whose area falls just under, on and just over a whole number of bays, the two-bay minimum, then random bookings."""

import random

from observing import attempt
from marquee.quote import Booking, quote


def run(*args, **kwargs):
    return quote(Booking(*args, **kwargs))


def observe():
    rng = random.Random(7310)
    results = []
    for width in (6, 9, 12):
        for guests in (1, 2, 5, 10, 14, 15, 16, 22, 23, 30, 44, 45, 46, 67, 68, 90, 135, 180, 181, 300):
            for seated in (True, False):
                results.append(attempt(run, guests, width, seated))
                results.append(attempt(run, guests, width, seated, True, False, 2))
    results.append(attempt(run, 0))
    results.append(attempt(run, 50, 10))
    results.append(attempt(run, 50, 9, True, False, True, 0))
    for _ in range(200):
        results.append(attempt(
            run,
            rng.randint(1, 400),
            rng.choice((6, 9, 12)),
            rng.random() < 0.6,
            rng.random() < 0.5,
            rng.random() < 0.7,
            rng.randint(1, 5),
        ))
    return results
