"""Workshop.next_slot and book over bays busy, free, and near closing, then random days of bookings."""

import random
from datetime import datetime, timedelta

from observing import attempt
from tyrebay.workshop import Workshop

DAY = datetime(2024, 11, 4, 8, 0)


def slot(shop, tyres, earliest):
    found = attempt(shop.next_slot, tyres, earliest)
    if isinstance(found, tuple):
        return (found[0], found[1].strftime("%d %H:%M"))
    return found


def booked(shop, reg, tyres, earliest):
    booking = attempt(shop.book, reg, tyres, earliest)
    if isinstance(booking, str):
        return booking
    return (booking.reg, booking.bay, booking.start.strftime("%d %H:%M"), booking.end.strftime("%d %H:%M"))


def observe():
    rng = random.Random(6060)
    results = []
    for bays in (1, 2, 3):
        for first in (0, 1, 2, 4):
            for gap in (0, 15, 60, 90, 480, 555):
                shop = Workshop(bays)
                if first:
                    results.append(booked(shop, "aa11 aaa", first, DAY))
                for tyres in (1, 2, 4):
                    results.append(slot(shop, tyres, DAY + timedelta(minutes=gap)))
                results.append(booked(shop, "bb22 bbb", 2, DAY + timedelta(minutes=gap)))
                results.append(booked(shop, "cc33 ccc", 4, DAY))
                results.append(attempt(shop.day_sheet, DAY))
    for _ in range(80):
        shop = Workshop(rng.randint(1, 4))
        for k in range(rng.randint(0, 20)):
            earliest = DAY + timedelta(days=rng.randint(0, 1), minutes=5 * rng.randint(0, 110))
            results.append(booked(shop, f"reg {k}", rng.choice((1, 2, 2, 4, 4, 5)), earliest))
        results.append(attempt(shop.day_sheet, DAY))
        results.append(attempt(shop.day_sheet, DAY + timedelta(days=1)))
    return results
