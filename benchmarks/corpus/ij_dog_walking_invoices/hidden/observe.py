"""walk_charge on every day of a fortnight with bank holidays, lengths around the half hours, then random months."""

import random
from datetime import datetime, timedelta

from observing import attempt
from walkies.billing import Walk, invoice_lines, invoices, walk_charge


def observe():
    rng = random.Random(3131)
    results = []
    first = datetime(2024, 5, 20, 9, 0)  # a Monday, with the bank holiday on the 27th
    for day in range(14):
        for minutes in (-10, 0, 1, 29, 30, 31, 60, 61, 90):
            for dogs in (0, 1, 2, 4):
                results.append(attempt(walk_charge, Walk("c", first + timedelta(days=day), minutes, dogs)))
    clients = ["Patel", "Morgan", "Lindqvist", "Oduya", "Brennan"]
    for _ in range(40):
        start = datetime(2024, 1, 1, 7, 0) + timedelta(days=rng.randint(0, 330))
        walks = [
            Walk(rng.choice(clients), start + timedelta(days=rng.randint(0, 30), hours=rng.randint(0, 10)),
                 rng.choice((15, 30, 45, 60, 75, 90, 120)), rng.choice((1, 1, 1, 2, 2, 3)))
            for _ in range(rng.randint(1, 20))
        ]
        results.append(attempt(invoices, walks))
        results.append(attempt(invoice_lines, walks, rng.choice(clients)))
    return results
