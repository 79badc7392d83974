"""free_pitches and book with cancelled, other-day and live bookings, then random markets."""

import random
from datetime import date, timedelta

from observing import attempt
from bookings import book, free_pitches
from pitches import Booking, Pitch

DAY = date(2024, 7, 6)


def observe():
    rng = random.Random(2468)
    results = []
    pitches = [Pitch(n, n % 2 == 0, n % 3 == 0) for n in range(1, 7)]
    for pitch in range(0, 8):
        for offset in (0, 7):
            for cancelled in (False, True):
                bookings = [Booking("t", pitch, DAY + timedelta(days=offset), cancelled)]
                for power in (False, True):
                    for cover in (False, True):
                        results.append(attempt(free_pitches, pitches, bookings, DAY, power, cover))
    for _ in range(200):
        market = [Pitch(n, rng.random() < 0.4, rng.random() < 0.3) for n in rng.sample(range(1, 20), rng.randint(0, 8))]
        bookings = [
            Booking(f"t{k}", rng.randint(1, 19), DAY + timedelta(days=rng.choice([0, 0, 7])), rng.random() < 0.35)
            for k in range(rng.randint(0, 10))
        ]
        power, cover = rng.random() < 0.3, rng.random() < 0.3
        results.append(attempt(free_pitches, market, bookings, DAY, power, cover))
        made = attempt(book, market, list(bookings), "new", DAY, power, cover)
        results.append(made)
    return results
