"""cancel with and without a deposit at every notice around the refund bands, then random seasons of bookings and cancellations."""

import random
from datetime import date, timedelta

from observing import attempt
from diary import HireDiary

EVENT = date(2024, 7, 13)
SIZES = ["6x9", "9x12", "12x18", "4x4"]
CUSTOMERS = ["Ridley wedding", "Village show", "Parish council", "Cricket club", "Scout fete", "Harvest supper"]


def single(deposit, notice):
    diary = HireDiary({"6x9": 1})
    ref = diary.book("Ridley wedding", "6x9", EVENT, deposit)
    refund = attempt(diary.cancel, ref, EVENT - timedelta(days=notice))
    return refund, diary.available("6x9", EVENT), attempt(diary.cancel, ref, EVENT), sorted(diary.deposits.items())


def season(rng):
    diary = HireDiary({"6x9": 2, "9x12": 1, "12x18": 1})
    refs = []
    log = []
    for _ in range(rng.randint(1, 25)):
        if refs and rng.random() < 0.35:
            ref = rng.choice(refs + ["M0999"])
            booking = diary.bookings.get(ref)
            today = (booking.event_day if booking else EVENT) - timedelta(days=rng.randint(-2, 45))
            log.append(("cancel", ref, attempt(diary.cancel, ref, today)))
        else:
            day = EVENT + timedelta(days=rng.randint(0, 3))
            deposit = rng.choice((0.0, 0.0, 50.0, 75.0, 150.0, 99.99))
            ref = attempt(diary.book, rng.choice(CUSTOMERS), rng.choice(SIZES), day, deposit)
            if ref.startswith("M"):
                refs.append(ref)
            log.append(("book", ref))
    free = [diary.available(size, EVENT + timedelta(days=d)) for size in SIZES for d in range(4)]
    lists = [diary.loading_list(EVENT + timedelta(days=d)) for d in range(4)]
    return log, free, lists, sorted(diary.deposits.items())


def observe():
    rng = random.Random(2713)
    results = []
    for deposit in (0.0, 0, 50.0, 99.99, 150.0):
        for notice in (-1, 0, 1, 13, 14, 15, 27, 28, 29, 60):
            results.append(single(deposit, notice))
    for _ in range(120):
        results.append(season(rng))
    return results
