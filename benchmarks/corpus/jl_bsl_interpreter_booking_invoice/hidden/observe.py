"""Booking.charge around the two-hour minimum and quarter-hour boundaries, with travel,
mileage and unsocial hours, then random months of invoices."""

import random
from datetime import datetime, timedelta

from observing import attempt
from invoice import Booking, Invoice
from rates import RATES

KINDS = list(RATES)
CLIENTS = ["Eastgate Surgery", "Northfield College", "Bray & Co Solicitors"]


def charge(*args):
    return Booking(*args).charge()


def month(client, bookings):
    invoice = Invoice(client, "INV-1")
    added = []
    for fields in bookings:
        added.append(attempt(invoice.add, Booking(*fields)))
    return added, invoice.total(), invoice.lines()


def observe():
    rng = random.Random(5150)
    results = []
    weekday = datetime(2024, 10, 8, 10, 0)
    evening = datetime(2024, 10, 8, 18, 30)
    sunday = datetime(2024, 10, 13, 14, 0)
    for minutes in (0, 1, 14, 15, 16, 45, 60, 105, 106, 119, 120, 121, 129, 134, 135, 136, 150, 179, 180, 181, 240, 241, 475):
        for kind in ("medical", "legal"):
            for start in (weekday, evening, sunday):
                results.append(attempt(charge, "Eastgate Surgery", kind, start, minutes))
        results.append(attempt(charge, "Eastgate Surgery", "community", weekday, minutes, minutes, 7))
    for travel in (0, 1, 15, 16, 29, 30, 31, 59, 60, 61):
        results.append(attempt(charge, "Eastgate Surgery", "education", weekday, 130, travel, 3))
        results.append(attempt(charge, "Eastgate Surgery", "education", sunday, 100, travel, 0))
    results.append(attempt(charge, "Eastgate Surgery", "conference", weekday, 120))
    for _ in range(150):
        client = rng.choice(CLIENTS)
        bookings = []
        for _ in range(rng.randint(0, 8)):
            start = datetime(2024, 10, 1, 7, 0) + timedelta(days=rng.randint(0, 30), minutes=15 * rng.randint(0, 56))
            bookings.append((
                client if rng.random() < 0.9 else rng.choice(CLIENTS),
                rng.choice(KINDS),
                start,
                rng.choice((rng.randint(10, 300), rng.randint(1, 20) * 15)),
                rng.choice((0, rng.randint(0, 90))),
                rng.randint(0, 40),
            ))
        results.append(attempt(month, client, bookings))
    return results
