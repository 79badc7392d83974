"""Random stays booked into a small hotel: nights, clashes, occupancy and prices."""

import random
from datetime import date, timedelta

from observing import attempt
from innkeeper import Booking, Hotel

START = date(2024, 3, 1)


def observe():
    rng = random.Random(6061)
    results = []
    for n in (1, 2, 3, 7):
        stay = Booking("g", "101", START, START + timedelta(days=n))
        results.append(attempt(stay.nights))
    for _ in range(10):
        a, b = sorted(rng.sample(range(20), 2))
        c, d = sorted(rng.sample(range(20), 2))
        first = Booking("x", "101", START + timedelta(days=a), START + timedelta(days=b))
        second = Booking("y", rng.choice(["101", "102"]), START + timedelta(days=c), START + timedelta(days=d))
        results.append(attempt(first.overlaps, second))
    for _ in range(25):
        hotel = Hotel({"101": 80.0, "102": 95.5, "201": 120.0, "301": 210.0})
        outcomes = []
        for guest in range(rng.randint(3, 15)):
            arrive = rng.randint(0, 20)
            stay = rng.choice([1, 1, 2, 3, 4, 7])
            if rng.random() < 0.3 and hotel.bookings:
                arrive = (hotel.bookings[-1].check_out - START).days  # someone arriving as another leaves
            room = rng.choice(["101", "102", "201", "301"])
            booked = attempt(hotel.book, f"g{guest}", room, START + timedelta(days=arrive),
                             START + timedelta(days=arrive + stay))
            outcomes.append(attempt(hotel.price, booked) if isinstance(booked, Booking) else booked)
        results.append(outcomes)
        results.append([attempt(hotel.occupied, START + timedelta(days=d)) for d in range(0, 28, 2)])
        results.append(attempt(hotel.free_rooms, START + timedelta(days=5), START + timedelta(days=8)))
        results.append(attempt(hotel.is_free, "101", START + timedelta(days=10), START + timedelta(days=11)))
    return results
