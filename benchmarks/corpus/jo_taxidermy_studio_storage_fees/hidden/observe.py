"""storage_fees and collect around the free weeks, before and after collection, then random years of commissions booked, finished and collected."""

import random
from datetime import date, timedelta

from observing import attempt
from studio.book import Studio

SPECIMENS = ["barn owl", "pike", "red fox", "mallard", "pheasant", "badger", "trout", "kestrel"]
START = date(2024, 1, 1)


def day(n):
    return START + timedelta(days=n)


def run(events, checks):
    """events: (kind, args) in order; returns what each step said and the fees on each check day."""
    studio = Studio()
    said = []
    for kind, args in events:
        if kind == "book":
            customer, specimen, price, deposit, on = args
            said.append(attempt(studio.book, customer, specimen, price, deposit, day(on)))
        elif kind == "finish":
            ref, on = args
            said.append(attempt(studio.finish, ref, day(on)))
        else:
            ref, on = args
            said.append(attempt(studio.collect, ref, day(on)))
    return said, [attempt(studio.storage_fees, day(n)) for n in checks], attempt(studio.on_the_bench)


def observe():
    rng = random.Random(2290)
    results = []
    for finished in (10, 40):
        for collected in (None, finished, finished + 27, finished + 28, finished + 29, finished + 35, finished + 36, finished + 90):
            events = [("book", ("A", "owl", 400, 200, 0)), ("book", ("B", "pike", 300, 150, 1)), ("finish", ("T001", finished)), ("finish", ("T002", finished + 3))]
            if collected is not None:
                events.append(("collect", ("T001", collected)))
            checks = [finished + k for k in (0, 27, 28, 29, 34, 35, 36, 60, 120, 400)]
            results.append(attempt(run, events, checks))
    for _ in range(120):
        events = []
        refs = []
        for i in range(rng.randint(1, 10)):
            booked = rng.randint(0, 120)
            price = rng.choice((90, 150, 240, 450, 600, 1200))
            deposit = price // 2 + rng.choice((0, 0, 10, -5))
            events.append(("book", (f"C{i}", rng.choice(SPECIMENS), price, deposit, booked)))
            refs.append((f"T{len(refs) + 1:03d}", booked))
        for ref, booked in refs:
            if rng.random() < 0.8:
                finished = booked + rng.randint(20, 100)
                events.append(("finish", (ref, finished)))
                if rng.random() < 0.6:
                    events.append(("collect", (ref, finished + rng.randint(0, 80))))
            elif rng.random() < 0.3:
                events.append(("collect", (ref, booked + 50)))
        checks = sorted(rng.randint(0, 400) for _ in range(6))
        results.append(attempt(run, events, checks))
    return results
