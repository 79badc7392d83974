"""season_invoice on boats on and around the band lines, mixes of two and three boats in every order, joining dates across the season, then random members; shed_invoices on random registers."""

import random
from datetime import date

from observing import attempt
from boatshed.fees import season_invoice, shed_invoices
from boatshed.register import Boat

EDGES = (2.4, 3.49, 3.5, 3.51, 4.2, 4.99, 5.0, 5.01, 6.3)


def invoice(lengths, joined, year):
    boats = [Boat("M", f"B{n}", length) for n, length in enumerate(lengths)]
    return season_invoice(boats, joined, year)


def observe():
    rng = random.Random(2606)
    results = [attempt(invoice, [], date(2020, 1, 1), 2024)]
    for length in EDGES:
        results.append(attempt(invoice, [length], date(2020, 1, 1), 2024))
    for a in EDGES[::2]:
        for b in EDGES[1::2]:
            results.append(attempt(invoice, [a, b], date(2020, 1, 1), 2024))
            results.append(attempt(invoice, [b, a, 3.5], date(2024, 7, 1), 2024))
    for month in range(1, 13):
        for day in (1, 28):
            results.append(attempt(invoice, [3.5, 5.0, 5.5], date(2024, month, day), 2024))
            results.append(attempt(invoice, [4.0], date(2023, month, day), 2024))
    for _ in range(150):
        lengths = [rng.choice(EDGES + (round(rng.uniform(2, 7), 2),)) for _ in range(rng.randint(0, 4))]
        joined = date(rng.choice((2020, 2023, 2024, 2025)), rng.randint(1, 12), rng.randint(1, 28))
        results.append(attempt(invoice, lengths, joined, 2024))
    for _ in range(40):
        register = {}
        joined = {}
        for owner in rng.sample(["Ffion", "Huw", "Cai", "Nia", "Rhys", "Elin"], rng.randint(0, 5)):
            register[owner] = [Boat(owner, f"{owner}{n}", rng.choice(EDGES)) for n in range(rng.randint(1, 3))]
            if rng.random() < 0.4:
                joined[owner] = date(2024, rng.randint(1, 12), 15)
        results.append(attempt(shed_invoices, register, joined, 2024))
    return results
